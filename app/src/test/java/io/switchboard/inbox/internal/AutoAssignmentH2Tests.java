package io.switchboard.inbox.internal;

import io.switchboard.testsupport.H2AppTest;

/** {@link AutoAssignmentTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class AutoAssignmentH2Tests extends AutoAssignmentTests {}

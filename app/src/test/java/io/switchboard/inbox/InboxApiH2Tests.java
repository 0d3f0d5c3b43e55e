package io.switchboard.inbox;

import io.switchboard.testsupport.H2AppTest;

/** {@link InboxApiTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class InboxApiH2Tests extends InboxApiTests {}

package io.switchboard.inbox.internal;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link AutoAssignmentTests} on PostgreSQL. */
@PostgresAppTest
class AutoAssignmentPostgresTests extends AutoAssignmentTests {}

package io.switchboard.inbox;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link InboxApiTests} on PostgreSQL. */
@PostgresAppTest
class InboxApiPostgresTests extends InboxApiTests {}

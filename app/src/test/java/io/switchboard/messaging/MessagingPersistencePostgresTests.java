package io.switchboard.messaging;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link MessagingPersistenceTests} on PostgreSQL. */
@PostgresAppTest
class MessagingPersistencePostgresTests extends MessagingPersistenceTests {}

package io.switchboard.contacts;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link ContactApiTests} on PostgreSQL. */
@PostgresAppTest
class ContactApiPostgresTests extends ContactApiTests {}

package io.switchboard.contacts;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link ContactListTests} on PostgreSQL. */
@PostgresAppTest
class ContactListPostgresTests extends ContactListTests {}

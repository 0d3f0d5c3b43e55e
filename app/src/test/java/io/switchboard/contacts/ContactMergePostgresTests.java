package io.switchboard.contacts;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link ContactMergeTests} on PostgreSQL. */
@PostgresAppTest
class ContactMergePostgresTests extends ContactMergeTests {}

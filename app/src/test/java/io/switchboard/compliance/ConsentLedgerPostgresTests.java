package io.switchboard.compliance;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link ConsentLedgerTests} on PostgreSQL. */
@PostgresAppTest
class ConsentLedgerPostgresTests extends ConsentLedgerTests {}

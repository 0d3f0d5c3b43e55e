package io.switchboard.billing;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link BillingLedgerTests} on PostgreSQL. */
@PostgresAppTest
class BillingLedgerPostgresTests extends BillingLedgerTests {}

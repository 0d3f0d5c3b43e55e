package io.switchboard.billing;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link BillingApiTests} on PostgreSQL. */
@PostgresAppTest
class BillingApiPostgresTests extends BillingApiTests {}

package io.switchboard.billing;

import io.switchboard.testsupport.H2AppTest;

/** {@link BillingLedgerTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class BillingLedgerH2Tests extends BillingLedgerTests {}

package io.switchboard.billing;

import io.switchboard.testsupport.H2AppTest;

/** {@link BillingApiTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class BillingApiH2Tests extends BillingApiTests {}

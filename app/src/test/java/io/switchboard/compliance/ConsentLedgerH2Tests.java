package io.switchboard.compliance;

import io.switchboard.testsupport.H2AppTest;

/** {@link ConsentLedgerTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class ConsentLedgerH2Tests extends ConsentLedgerTests {}

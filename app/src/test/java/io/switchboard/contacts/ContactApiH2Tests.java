package io.switchboard.contacts;

import io.switchboard.testsupport.H2AppTest;

/** {@link ContactApiTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class ContactApiH2Tests extends ContactApiTests {}

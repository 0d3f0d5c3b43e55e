package io.switchboard.contacts;

import io.switchboard.testsupport.H2AppTest;

/** {@link ContactListTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class ContactListH2Tests extends ContactListTests {}

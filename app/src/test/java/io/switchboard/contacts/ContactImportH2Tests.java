package io.switchboard.contacts;

import io.switchboard.testsupport.H2AppTest;

/** {@link ContactImportTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class ContactImportH2Tests extends ContactImportTests {}

package io.switchboard.contacts;

import io.switchboard.testsupport.H2AppTest;

/** {@link ContactMergeTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class ContactMergeH2Tests extends ContactMergeTests {}

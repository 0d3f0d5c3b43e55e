package io.switchboard.messaging;

import io.switchboard.testsupport.H2AppTest;

/** {@link MessagingPersistenceTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class MessagingPersistenceH2Tests extends MessagingPersistenceTests {}

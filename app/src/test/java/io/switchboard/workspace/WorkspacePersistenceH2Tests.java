package io.switchboard.workspace;

import io.switchboard.testsupport.H2AppTest;

@H2AppTest
class WorkspacePersistenceH2Tests extends WorkspacePersistenceTests {}

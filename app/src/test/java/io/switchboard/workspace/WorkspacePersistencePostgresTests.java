package io.switchboard.workspace;

import io.switchboard.testsupport.PostgresAppTest;

@PostgresAppTest
class WorkspacePersistencePostgresTests extends WorkspacePersistenceTests {}

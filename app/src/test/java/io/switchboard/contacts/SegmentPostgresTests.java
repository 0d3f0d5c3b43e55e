package io.switchboard.contacts;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link SegmentTests} on PostgreSQL. */
@PostgresAppTest
class SegmentPostgresTests extends SegmentTests {}

package io.switchboard.contacts;

import io.switchboard.testsupport.H2AppTest;

/** {@link SegmentTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class SegmentH2Tests extends SegmentTests {}

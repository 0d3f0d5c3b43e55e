package io.switchboard.contacts;

import java.time.Instant;

/** A saved segment: a named definition, evaluated whenever it is counted or read (members are not stored). */
public record Segment(SegmentId id, String name, SegmentDefinition definition, Instant createdAt, Instant updatedAt) {}

package io.switchboard.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a saved segment of a workspace. JSON: the bare UUID. */
public record SegmentId(@JsonValue UUID value) {
    public SegmentId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static SegmentId of(UUID value) {
        return new SegmentId(value);
    }

    public static SegmentId random() {
        return new SegmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.switchboard.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a tag of a workspace. JSON: the bare UUID. */
public record TagId(@JsonValue UUID value) {
    public TagId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static TagId of(UUID value) {
        return new TagId(value);
    }

    public static TagId random() {
        return new TagId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

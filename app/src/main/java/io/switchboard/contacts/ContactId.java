package io.switchboard.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a contact; made in Java so events can carry it before the row exists. JSON: the bare UUID. */
public record ContactId(@JsonValue UUID value) {
    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ContactId of(UUID value) {
        return new ContactId(value);
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.switchboard.messaging;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stored message. JSON: the bare UUID. */
public record MessageId(@JsonValue UUID value) {
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static MessageId of(UUID value) {
        return new MessageId(value);
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.switchboard.inbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a conversation; made in Java so events carry it before the row exists. JSON: the bare UUID. */
public record ConversationId(@JsonValue UUID value) {
    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ConversationId of(UUID value) {
        return new ConversationId(value);
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.switchboard.channels;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a connected channel (a WhatsApp business phone number, later a mailbox or SMS number). */
public record ChannelId(@JsonValue UUID value) {
    public ChannelId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ChannelId of(UUID value) {
        return new ChannelId(value);
    }

    public static ChannelId random() {
        return new ChannelId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

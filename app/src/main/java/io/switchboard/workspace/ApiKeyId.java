package io.switchboard.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a API key; made in Java so events can carry it before the row exists. JSON: the bare UUID. */
public record ApiKeyId(@JsonValue UUID value) {
    public ApiKeyId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ApiKeyId of(UUID value) {
        return new ApiKeyId(value);
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static ApiKeyId parse(String text) {
        return new ApiKeyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

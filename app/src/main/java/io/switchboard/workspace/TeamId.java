package io.switchboard.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a team; made in Java so events can carry it before the row exists. JSON: the bare UUID. */
public record TeamId(@JsonValue UUID value) {
    public TeamId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static TeamId of(UUID value) {
        return new TeamId(value);
    }

    public static TeamId random() {
        return new TeamId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static TeamId parse(String text) {
        return new TeamId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

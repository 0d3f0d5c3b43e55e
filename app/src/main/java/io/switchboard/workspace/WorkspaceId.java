package io.switchboard.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace; made in Java so events can carry it before the row exists. JSON: the bare UUID. */
public record WorkspaceId(@JsonValue UUID value) {
    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static WorkspaceId of(UUID value) {
        return new WorkspaceId(value);
    }

    public static WorkspaceId random() {
        return new WorkspaceId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static WorkspaceId parse(String text) {
        return new WorkspaceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.switchboard.templates;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a template in Switchboard (not Meta's id, which is {@link Template#providerId()}). JSON: the UUID. */
public record TemplateId(@JsonValue UUID value) {
    public TemplateId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static TemplateId of(UUID value) {
        return new TemplateId(value);
    }

    public static TemplateId random() {
        return new TemplateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.switchboard.contacts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The types a custom contact property can have; JSON and forms use the lower-case name. */
public enum PropertyType {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    SINGLE_SELECT,
    MULTI_SELECT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether definitions of this type list their options. */
    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }

    /** The type for {@code text}, {@code multi_select}, … in any case; empty for anything else. */
    public static Optional<PropertyType> parse(String code) {
        for (var type : values()) {
            if (type.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

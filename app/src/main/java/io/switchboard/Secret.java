package io.switchboard;

import java.util.Objects;

/**
 * A secret value from the environment or the UI (password, token, key). Its {@code toString()} never
 * shows the value, so it cannot leak through logs, exceptions or actuator output.
 */
public record Secret(String value) {
    public Secret {
        Objects.requireNonNull(value, "value");
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return "****";
    }
}

package io.switchboard.channels.whatsapp.client;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects violations; lengths count code points, as WhatsApp counts characters, not UTF-16 units. */
final class Checks {
    private final List<Violation> violations = new ArrayList<>();

    void required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        } else {
            atMost(field, value, max);
        }
    }

    void atMost(String field, @Nullable String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            violations.add(new Violation(field, "is longer than " + max + " characters"));
        }
    }

    void count(String field, int count, int min, int max) {
        if (count < min || count > max) {
            violations.add(new Violation(
                    field,
                    min == max
                            ? "must have " + min + " entries"
                            : "must have " + min + " to " + max + " entries, has " + count));
        }
    }

    void that(boolean ok, String field, String problem) {
        if (!ok) {
            violations.add(new Violation(field, problem));
        }
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}

package io.switchboard.templates;

import java.util.Locale;
import java.util.Optional;

/** Meta's template categories (reference §8); {@code SERVICE} exists only for pricing, not here. */
public enum TemplateCategory {
    MARKETING,
    UTILITY,
    AUTHENTICATION;

    /** The category named by {@code text} in any case, empty for anything else. */
    public static Optional<TemplateCategory> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package io.switchboard.contacts.internal;

import io.switchboard.contacts.ContactViolation;
import io.switchboard.contacts.PropertyDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a value against its property's type and turns it into stored items (one per multi_select option)
 * and back. Values come from JSON (numbers, booleans, lists) or from forms and CSV (always text).
 */
public final class PropertyValues {
    static final int MAX_TEXT = 1000;

    private PropertyValues() {}

    /** The items to store, or the violation of field {@code properties.<key>}; no items for {@code null} or "". */
    public static Result normalize(PropertyDefinition definition, @Nullable Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return new Result(List.of(), null);
        }
        try {
            return new Result(items(definition, value), null);
        } catch (IllegalArgumentException e) {
            return new Result(List.of(), new ContactViolation("properties." + definition.key(), e.getMessage()));
        }
    }

    /** The typed value of stored items (see {@link io.switchboard.contacts.ContactDetails#properties()}). */
    public static Optional<Object> read(PropertyDefinition definition, List<String> items) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        var first = items.getFirst();
        return Optional.of(
                switch (definition.type()) {
                    case NUMBER -> new BigDecimal(first);
                    case BOOLEAN -> Boolean.valueOf(first);
                    case MULTI_SELECT ->
                        definition.options().stream().filter(items::contains).toList();
                    case TEXT, DATE, SINGLE_SELECT -> first;
                });
    }

    /** The result of {@link #normalize}: items, or a violation. */
    public record Result(List<String> items, @Nullable ContactViolation violation) {}

    private static List<String> items(PropertyDefinition definition, Object value) {
        return switch (definition.type()) {
            case TEXT -> {
                if (!(value instanceof String text)) {
                    throw new IllegalArgumentException("Give " + definition.label() + " as text.");
                }
                if (text.strip().length() > MAX_TEXT) {
                    throw new IllegalArgumentException(definition.label() + " can have at most 1000 characters.");
                }
                yield List.of(text.strip());
            }
            case NUMBER -> List.of(number(definition, value));
            case DATE -> List.of(date(definition, value));
            case BOOLEAN -> List.of(bool(definition, value));
            case SINGLE_SELECT -> List.of(option(definition, value));
            case MULTI_SELECT -> {
                var chosen = new LinkedHashSet<String>();
                Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
                for (var v : values) {
                    if (v != null && !(v instanceof String s && s.isBlank())) {
                        chosen.add(option(definition, v));
                    }
                }
                yield new ArrayList<>(chosen);
            }
        };
    }

    private static String number(PropertyDefinition definition, Object value) {
        try {
            var number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text(value));
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | IllegalStateException e) {
            throw new IllegalArgumentException(definition.label() + " must be a number, like 42 or 3.5.");
        }
    }

    private static String date(PropertyDefinition definition, Object value) {
        try {
            return LocalDate.parse(text(value)).toString();
        } catch (DateTimeParseException | IllegalStateException e) {
            throw new IllegalArgumentException(definition.label() + " must be a date as YYYY-MM-DD, like 2026-01-31.");
        }
    }

    private static String bool(PropertyDefinition definition, Object value) {
        if (value instanceof Boolean b) {
            return b.toString();
        }
        var text = value instanceof String s ? s.strip().toLowerCase(java.util.Locale.ROOT) : "";
        return switch (text) {
            case "true", "yes", "on" -> "true";
            case "false", "no", "off" -> "false";
            default -> throw new IllegalArgumentException(definition.label() + " must be true or false.");
        };
    }

    private static String option(PropertyDefinition definition, Object value) {
        var text = value instanceof String s ? s.strip() : null;
        if (text == null || !definition.options().contains(text)) {
            throw new IllegalArgumentException(
                    definition.label() + " must be one of: " + String.join(", ", definition.options()) + ".");
        }
        return text;
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s.strip();
        }
        throw new IllegalStateException("not text");
    }
}

package io.switchboard.contacts.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Parses a condition's text value; each method throws {@link InvalidCondition} on {@code value}. */
public final class SegmentValues {
    /** The largest "within N days" and message count a condition takes. */
    public static final int MAX_NUMBER = 100_000;

    private SegmentValues() {}

    /** A date (YYYY-MM-DD, its start in UTC) or an ISO-8601 instant, as bound to a timestamp column. */
    public static OffsetDateTime time(@Nullable String value) {
        var text = required(value, "Give a date as YYYY-MM-DD.");
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return Instant.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidCondition("value", "'" + text + "' is no date; use YYYY-MM-DD, like 2026-01-31.");
        }
    }

    /** The instant {@code value} whole days before now. */
    public static OffsetDateTime daysAgo(@Nullable String value, Clock clock) {
        var days = number(value);
        return clock.instant().minus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC);
    }

    /** A whole number from 0 to {@link #MAX_NUMBER}. */
    public static int number(@Nullable String value) {
        var text = required(value, "Give a whole number.");
        try {
            var n = Integer.parseInt(text);
            if (n >= 0 && n <= MAX_NUMBER) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidCondition("value", "'" + text + "' is no whole number from 0 to " + MAX_NUMBER + ".");
    }

    /** An id. */
    public static UUID id(@Nullable String value, String what) {
        var text = required(value, "Choose " + what + ".");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidCondition("value", "There is no " + what + " '" + text + "' in this workspace.");
        }
    }

    public static String required(@Nullable String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidCondition("value", message);
        }
        return value.strip();
    }
}

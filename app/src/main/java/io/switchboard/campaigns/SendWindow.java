package io.switchboard.campaigns;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The hours of the day a campaign may reach a contact, in the contact's local time: from {@code start}
 * (inclusive) to {@code end} (exclusive). A window whose end is before its start runs overnight (22:00–06:00
 * means from 22:00 to 06:00 the next morning). Start and end must differ.
 */
public record SendWindow(LocalTime start, LocalTime end) {
    public SendWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw CampaignException.invalid("A send window needs different start and end times.");
        }
    }

    /**
     * A window from two {@code HH:mm} times; both blank means none.
     *
     * @throws CampaignException INVALID if only one is given or a time cannot be read
     */
    public static @Nullable SendWindow parse(@Nullable String start, @Nullable String end) {
        var noStart = start == null || start.isBlank();
        var noEnd = end == null || end.isBlank();
        if (noStart && noEnd) {
            return null;
        }
        if (noStart || noEnd) {
            throw CampaignException.invalid("A send window needs both a start and an end time (HH:mm).");
        }
        try {
            return new SendWindow(LocalTime.parse(start.strip()), LocalTime.parse(end.strip()));
        } catch (DateTimeParseException e) {
            throw CampaignException.invalid("Give the send window's times as HH:mm, for example 09:00 and 20:00.");
        }
    }

    /** Whether the local time falls inside the window. */
    public boolean contains(LocalTime t) {
        if (start.isBefore(end)) {
            return !t.isBefore(start) && t.isBefore(end);
        }
        return !t.isBefore(start) || t.isBefore(end);
    }

    /**
     * When a contact in {@code zone} may be reached: {@code now} if the window is open there, else the next
     * opening. The opening is placed with {@link ZonedDateTime#of}: a start inside a DST gap moves forward by
     * the gap's length (02:30 on a spring-forward night opens at 03:30), one inside an overlap takes the
     * earlier offset.
     */
    public Instant notBefore(Instant now, ZoneId zone) {
        var local = now.atZone(zone);
        if (contains(local.toLocalTime())) {
            return now;
        }
        var opening = ZonedDateTime.of(local.toLocalDate(), start, zone);
        if (!opening.toInstant().isAfter(now)) {
            opening = ZonedDateTime.of(local.toLocalDate().plusDays(1), start, zone);
        }
        return opening.toInstant();
    }

    /**
     * When the opening that {@code from} falls in (or begins at) closes, in {@code zone}: the same day's end, or
     * the next day's for an overnight window entered before midnight. Placed like {@link #notBefore}.
     */
    public Instant closes(Instant from, ZoneId zone) {
        var local = from.atZone(zone);
        var date = local.toLocalDate();
        if (!start.isBefore(end) && !local.toLocalTime().isBefore(start)) {
            date = date.plusDays(1);
        }
        var close = ZonedDateTime.of(date, end, zone).toInstant();
        return close.isAfter(from)
                ? close
                : ZonedDateTime.of(date.plusDays(1), end, zone).toInstant();
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}

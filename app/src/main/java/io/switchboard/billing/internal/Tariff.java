package io.switchboard.billing.internal;

import io.switchboard.billing.PricingCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Meta's rules on which messages are charged at all (reference §10), versioned by date; how much comes from
 * the rate card. Dates are UTC: Meta bills in the WABA's time zone, which Switchboard does not know yet.
 */
public final class Tariff {
    /**
     * From this day non-template (service) messages inside the customer service window are charged, and so
     * are utility templates inside it (Meta, "non-template messages", announced for 2026-10-01).
     */
    public static final LocalDate WINDOW_CHARGED_FROM = LocalDate.of(2026, 10, 1);

    private Tariff() {}

    /** The billing month of an instant, {@code 2026-11}. */
    public static String month(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString();
    }

    public static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * Before a send, whether Meta will charge it. Service messages exist only inside the window; a free entry
     * point window (everything free) cannot be known before sending, so it is not assumed.
     */
    public static boolean chargedBeforeSend(PricingCategory category, boolean windowOpen, Instant at) {
        var windowCharged = !day(at).isBefore(WINDOW_CHARGED_FROM);
        return switch (category) {
            case SERVICE -> windowCharged;
            case UTILITY -> !windowOpen || windowCharged;
            case MARKETING, AUTHENTICATION, AUTHENTICATION_INTERNATIONAL -> true;
        };
    }

    /**
     * After a send, from Meta's pricing object: {@code type} decides under PMP ({@code regular} is charged, the
     * {@code free_*} types are not); without a type (CBP) {@code billable} does. Meta is deprecating
     * {@code billable}, so a missing one counts as charged.
     */
    public static boolean charged(@Nullable Boolean billable, @Nullable String type) {
        if (type != null) {
            return type.equals("regular");
        }
        return !Boolean.FALSE.equals(billable);
    }
}

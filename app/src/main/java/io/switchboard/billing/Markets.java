package io.switchboard.billing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The market Meta prices a recipient in: the country of the number's calling code (reference §10: "rate =
 * template category × recipient country calling code; unlisted → Other"). A small table of calling codes
 * (ITU-T E.164 assignments) rather than a phone library: only the market matters here, not validity.
 */
public final class Markets {
    /** The market of every country without a line of its own on a rate card. */
    public static final String OTHER = "OTHER";

    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");
    // +1 is the North American Numbering Plan; Meta prices the US and Canada as one market ("North America"),
    // so NANP numbers count as US here. +7 counts as RU (Kazakhstan shares it).
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("1", "US"),
            Map.entry("7", "RU"),
            Map.entry("20", "EG"),
            Map.entry("27", "ZA"),
            Map.entry("30", "GR"),
            Map.entry("31", "NL"),
            Map.entry("32", "BE"),
            Map.entry("33", "FR"),
            Map.entry("34", "ES"),
            Map.entry("36", "HU"),
            Map.entry("39", "IT"),
            Map.entry("40", "RO"),
            Map.entry("41", "CH"),
            Map.entry("43", "AT"),
            Map.entry("44", "GB"),
            Map.entry("45", "DK"),
            Map.entry("46", "SE"),
            Map.entry("47", "NO"),
            Map.entry("48", "PL"),
            Map.entry("49", "DE"),
            Map.entry("51", "PE"),
            Map.entry("52", "MX"),
            Map.entry("54", "AR"),
            Map.entry("55", "BR"),
            Map.entry("56", "CL"),
            Map.entry("57", "CO"),
            Map.entry("58", "VE"),
            Map.entry("60", "MY"),
            Map.entry("61", "AU"),
            Map.entry("62", "ID"),
            Map.entry("63", "PH"),
            Map.entry("64", "NZ"),
            Map.entry("65", "SG"),
            Map.entry("66", "TH"),
            Map.entry("81", "JP"),
            Map.entry("82", "KR"),
            Map.entry("84", "VN"),
            Map.entry("86", "CN"),
            Map.entry("90", "TR"),
            Map.entry("91", "IN"),
            Map.entry("92", "PK"),
            Map.entry("94", "LK"),
            Map.entry("212", "MA"),
            Map.entry("213", "DZ"),
            Map.entry("216", "TN"),
            Map.entry("234", "NG"),
            Map.entry("254", "KE"),
            Map.entry("351", "PT"),
            Map.entry("352", "LU"),
            Map.entry("353", "IE"),
            Map.entry("358", "FI"),
            Map.entry("380", "UA"),
            Map.entry("420", "CZ"),
            Map.entry("421", "SK"),
            Map.entry("852", "HK"),
            Map.entry("880", "BD"),
            Map.entry("966", "SA"),
            Map.entry("971", "AE"),
            Map.entry("972", "IL"),
            Map.entry("974", "QA"));

    private Markets() {}

    /**
     * The market of a phone number ({@code +39 347 …}, {@code 39347…}, a WhatsApp id), or of a
     * business-scoped user id, whose prefix is the user's country ({@code US.1349…}, reference §5.1).
     *
     * @return {@link #OTHER} for an unknown calling code or nothing usable
     */
    public static String of(@Nullable String phoneOrUserId) {
        if (phoneOrUserId == null) {
            return OTHER;
        }
        var text = phoneOrUserId.trim();
        var dot = text.indexOf('.');
        if (dot == 2 && ISO.matcher(text.substring(0, 2)).matches()) {
            return text.substring(0, 2);
        }
        var digits = text.replaceAll("[^0-9]", "");
        if (text.startsWith("00")) {
            digits = digits.substring(2);
        }
        for (var length = 3; length >= 1; length--) {
            if (digits.length() > length) {
                var country = CODES.get(digits.substring(0, length));
                if (country != null) {
                    return country;
                }
            }
        }
        return OTHER;
    }

    /**
     * A market as typed: an ISO alpha-2 code in any case, or {@code OTHER}.
     *
     * @return empty if it is neither
     */
    public static Optional<String> parse(String market) {
        var upper = market.trim().toUpperCase(Locale.ROOT);
        return upper.equals(OTHER) || ISO.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
    }
}

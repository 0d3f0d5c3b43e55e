package io.switchboard.contacts;

import org.jspecify.annotations.Nullable;

/** Phone numbers in E.164: a {@code +}, a country code and up to 15 digits in all (ITU-T E.164). */
public final class PhoneNumbers {
    private PhoneNumbers() {}

    /**
     * Normalizes what people type ({@code +1 (650) 555-1234}, {@code 16505551234}) to {@code +16505551234}.
     * Without {@code +} the digits are taken to include the country code, as WhatsApp ids do.
     *
     * @throws ContactException INVALID if it is not a plausible international number
     */
    public static String e164(String input) {
        return e164(input, null);
    }

    /**
     * Like {@link #e164(String)}, but a number without {@code +} or {@code 00} is national: one leading
     * trunk {@code 0} is dropped (except in Italy, +39, where it belongs to the number) and the default
     * country calling code put in front ({@code 030 1234567} with 49 → {@code +49301234567}). Without
     * libphonenumber (not available here) per-country lengths are not checked, only E.164's 7–15 digits.
     *
     * @param defaultCallingCode the country calling code for national numbers (1 to 3 digits), or
     *     {@code null} to read every number as international
     * @throws ContactException INVALID if it is not a plausible number
     */
    public static String e164(String input, @Nullable String defaultCallingCode) {
        var compact = input.trim().replaceAll("[\\s().\\-/]", "");
        if (defaultCallingCode != null
                && !defaultCallingCode.isBlank()
                && !compact.startsWith("+")
                && !compact.startsWith("00")) {
            var code = defaultCallingCode.strip().replaceFirst("^\\+", "");
            var national = compact.startsWith("0") && !code.equals("39") ? compact.substring(1) : compact;
            return international("+" + code + national);
        }
        return international(input);
    }

    private static String international(String input) {
        var trimmed = input.trim();
        var digits = trimmed.replaceAll("[\\s().\\-]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        } else if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (!digits.matches("[1-9][0-9]{6,14}")) {
            throw new ContactException(
                    ContactException.Kind.INVALID,
                    "invalid-phone",
                    "A phone number needs the country code and 7 to 15 digits, like +16505551234.");
        }
        return "+" + digits;
    }
}

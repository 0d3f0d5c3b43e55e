package io.switchboard.contacts;

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

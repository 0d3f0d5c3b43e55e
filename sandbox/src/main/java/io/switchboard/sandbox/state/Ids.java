package io.switchboard.sandbox.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Identifiers shaped like Meta's: numeric object ids, wamids, fbtrace ids, BSUIDs. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRACE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // Calling code → ISO country for the BSUID prefix; longest prefix wins, unknown codes fall back to US.
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("1", "US"),
            Map.entry("44", "GB"),
            Map.entry("49", "DE"),
            Map.entry("33", "FR"),
            Map.entry("39", "IT"),
            Map.entry("34", "ES"),
            Map.entry("31", "NL"),
            Map.entry("41", "CH"),
            Map.entry("43", "AT"),
            Map.entry("55", "BR"),
            Map.entry("52", "MX"),
            Map.entry("54", "AR"),
            Map.entry("91", "IN"),
            Map.entry("62", "ID"),
            Map.entry("234", "NG"),
            Map.entry("27", "ZA"),
            Map.entry("972", "IL"),
            Map.entry("971", "AE"),
            Map.entry("81", "JP"),
            Map.entry("61", "AU"));

    private Ids() {}

    /** A 15-digit numeric id like Graph object ids (media, templates, phone numbers). */
    public static String numeric() {
        return Long.toString(100_000_000_000_000L + RANDOM.nextLong(899_999_999_999_999L));
    }

    public static String wamid(String waId) {
        var raw = new byte[18];
        RANDOM.nextBytes(raw);
        var payload = waId + "\u0015\u0002\u0000\u0011\u0018\u0012"
                + HexFormat.of().withUpperCase().formatHex(raw);
        return "wamid.HBg" + Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    public static String fbtrace() {
        var sb = new StringBuilder("A");
        for (int i = 0; i < 22; i++) {
            sb.append(TRACE_ALPHABET.charAt(RANDOM.nextInt(TRACE_ALPHABET.length())));
        }
        return sb.toString();
    }

    public static String secret() {
        var raw = new byte[24];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }

    public static String hex(int bytes) {
        var raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }

    /** Business-scoped user id: stable per (portfolio, user), e.g. {@code US.13491208655302741918}. */
    public static String bsuid(String businessId, String waId) {
        var digest = sha256((businessId + "/" + waId).getBytes(StandardCharsets.UTF_8));
        var digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(String.format(Locale.ROOT, "%02d", (digest[i] & 0xff) % 100));
        }
        return country(waId) + "." + digits;
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }

    private static String country(String waId) {
        for (int len = 3; len >= 1; len--) {
            if (waId.length() > len && COUNTRIES.containsKey(waId.substring(0, len))) {
                return COUNTRIES.get(waId.substring(0, len));
            }
        }
        return "US";
    }
}

package io.switchboard.contacts;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which contacts a list or an export shows; every part is optional and they all must hold.
 *
 * @param query part of a name, phone number, WhatsApp id or e-mail address, in any case
 * @param property the key of a property that must have {@code value} (for multi_select: among its options)
 * @param identity a channel identity the contact must have
 * @param activeBefore last message strictly before this time
 * @param activeAfter last message at or after this time
 */
public record ContactFilter(
        @Nullable String query,
        @Nullable TagId tag,
        @Nullable String property,
        @Nullable String value,
        @Nullable IdentityType identity,
        @Nullable Instant activeBefore,
        @Nullable Instant activeAfter) {

    /** The channel identities a contact can have. */
    public enum IdentityType {
        WA_ID,
        PHONE,
        EMAIL,
        /** Meta's business-scoped user id. */
        BSUID,
        USERNAME;

        public static IdentityType parse(String code) {
            try {
                return valueOf(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ContactException.invalid("identity", "Use one of wa_id, phone, email, bsuid or username.");
            }
        }
    }

    public static ContactFilter none() {
        return new ContactFilter(null, null, null, null, null, null, null);
    }
}

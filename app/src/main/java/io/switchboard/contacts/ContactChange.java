package io.switchboard.contacts;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a contact; {@code null} leaves a field as it is and an empty string clears it.
 *
 * @param phone a phone number with country code; becomes the contact's PHONE identity (E.164)
 * @param properties by property key; a {@code null} value removes it. Values are checked against the
 *     definition's type: text, a number, an ISO date, true/false, an option, or a list of options.
 */
public record ContactChange(
        @Nullable String displayName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable Map<String, @Nullable Object> properties) {

    public static ContactChange properties(Map<String, @Nullable Object> properties) {
        return new ContactChange(null, null, null, properties);
    }
}

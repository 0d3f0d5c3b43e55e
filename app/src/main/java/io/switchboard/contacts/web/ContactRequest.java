package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactChange;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contact's fields to set; {@code null} or absent leaves a field as it is, "" clears it.
 *
 * @param properties by key; a {@code null} value removes it
 * @param tags tag ids to put on the contact (on create only; later use PUT /contacts/{id}/tags/{tagId})
 */
record ContactRequest(
        @Nullable String displayName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable Map<String, @Nullable Object> properties,
        @Nullable List<UUID> tags) {

    ContactChange change() {
        return new ContactChange(displayName, email, phone, properties);
    }
}

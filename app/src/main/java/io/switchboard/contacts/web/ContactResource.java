package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactDetails;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A contact as the API shows it: identities, tags and typed property values.
 *
 * @param name what the UI calls the contact: display name, else profile name, else an identity
 */
record ContactResource(
        ContactId id,
        String name,
        @Nullable String displayName,
        @Nullable String profileName,
        @Nullable String waId,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String whatsAppUserId,
        @Nullable String username,
        List<Tag> tags,
        Map<String, Object> properties,
        @Nullable Instant lastActivityAt,
        Instant createdAt,
        Instant updatedAt) {

    static ContactResource of(ContactDetails details) {
        var c = details.contact();
        return new ContactResource(
                c.id(),
                c.name(),
                c.displayName(),
                c.profileName(),
                c.waId(),
                c.phone(),
                c.email(),
                c.whatsAppUserId(),
                c.username(),
                details.tags(),
                details.properties(),
                c.lastActivityAt(),
                c.createdAt(),
                c.updatedAt());
    }
}

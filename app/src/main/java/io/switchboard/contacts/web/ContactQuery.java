package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.switchboard.contacts.ContactFilter;
import io.switchboard.contacts.TagId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The list and export filters as query parameters; all optional, all must hold. */
record ContactQuery(
        @Parameter(description = "Part of a name, phone number, WhatsApp id or e-mail address") @Nullable
        String q,

        @Parameter(description = "A tag id the contact carries") @Nullable
        UUID tag,

        @Parameter(description = "A property key; with value: the contact has that value (or option)") @Nullable
        String property,

        @Parameter(description = "The value the property must have") @Nullable
        String value,

        @Parameter(description = "An identity the contact must have: wa_id, phone, email, bsuid, username") @Nullable
        String identity,

        @Parameter(description = "Last message before this time (ISO-8601)") @Nullable
        Instant activeBefore,

        @Parameter(description = "Last message at or after this time (ISO-8601)") @Nullable
        Instant activeAfter) {

    ContactFilter filter() {
        return new ContactFilter(
                q,
                tag == null ? null : new TagId(tag),
                property,
                value,
                identity == null || identity.isBlank() ? null : ContactFilter.IdentityType.parse(identity),
                activeBefore,
                activeAfter);
    }
}

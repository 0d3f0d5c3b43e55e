package io.switchboard.compliance;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A consent change to record.
 *
 * @param channel the channel it covers; {@code null} for all channels
 * @param proof what shows the contact's will (at most 2000 characters; longer is cut)
 * @param actor who records it: {@code user:<id>}, {@code api-key:<id>} or {@code system}
 * @param occurredAt when the contact expressed it; {@code null} for now
 * @param dedupeKey names the fact this change comes from (an inbound message, a webhook): a second change
 *     with the same key in the workspace records nothing; {@code null} for changes typed by people
 */
public record ConsentChange(
        ContactId contact,
        @Nullable ChannelId channel,
        ConsentPurpose purpose,
        ConsentState state,
        ConsentSource source,
        String proof,
        String actor,
        @Nullable Instant occurredAt,
        @Nullable String dedupeKey) {
    public ConsentChange {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(actor, "actor");
    }

    /** The actor of automatic changes. */
    public static final String SYSTEM = "system";
}

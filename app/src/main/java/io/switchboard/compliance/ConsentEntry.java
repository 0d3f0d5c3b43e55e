package io.switchboard.compliance;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the consent ledger.
 *
 * @param channelId the channel it covers; {@code null} for all channels
 * @param proof what shows the contact's will: the message that said STOP, the form's text, a note
 * @param actor who recorded it: {@code user:<id>}, {@code api-key:<id>} or {@code system}
 * @param occurredAt when the contact expressed it (Meta's clock for webhooks)
 * @param recordedAt when Switchboard stored it
 */
public record ConsentEntry(
        UUID id,
        ContactId contactId,
        @Nullable ChannelId channelId,
        ConsentPurpose purpose,
        ConsentState state,
        ConsentSource source,
        String proof,
        String actor,
        Instant occurredAt,
        Instant recordedAt) {}

package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.UserId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to send one message to one contact from one number.
 *
 * @param actor the user who asked, for OPERATOR (and API keys acting for a user); null for automatic sources
 * @param idempotencyKey a second request with the same key in this workspace is answered DUPLICATE and not
 *     sent again (at most 200 characters)
 * @param campaignRef the campaign (or flow run) this send belongs to, for reporting
 */
public record OutboundRequest(
        ContactId contact,
        ChannelId channel,
        OutboundContent content,
        SendSource source,
        @Nullable UserId actor,
        @Nullable String idempotencyKey,
        @Nullable String campaignRef) {
    public OutboundRequest {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
    }

    public static OutboundRequest of(ContactId contact, ChannelId channel, OutboundContent content, SendSource source) {
        return new OutboundRequest(contact, channel, content, source, null, null, null);
    }

    public OutboundRequest withIdempotencyKey(String key) {
        return new OutboundRequest(contact, channel, content, source, actor, key, campaignRef);
    }
}

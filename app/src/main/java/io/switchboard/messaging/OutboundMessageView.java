package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An outbound message as the sender sees it.
 *
 * @param reason the outbound policy's decision (null for messages recorded before the policy existed)
 * @param providerMessageId Meta's wamid, once Meta accepted the message
 * @param errorCode Meta's error code of a failure
 */
public record OutboundMessageView(
        MessageId id,
        ContactId contactId,
        ChannelId channelId,
        String type,
        MessageStatus status,
        @Nullable ReasonCode reason,
        @Nullable SendSource source,
        @Nullable String providerMessageId,
        @Nullable Integer errorCode,
        @Nullable String errorTitle,
        Instant createdAt,
        Instant updatedAt) {}

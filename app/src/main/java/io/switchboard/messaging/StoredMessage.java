package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message as stored, with its status history (oldest first).
 *
 * @param type Meta's type (text, image, reaction, …)
 * @param contentJson the normalized content ({@code channels.spi.MessageContent} as JSON, with {@code kind})
 * @param providerMessageId Meta's wamid; null while an outbound message is QUEUED or BLOCKED
 * @param occurredAt when it was sent, by Meta's clock for inbound messages
 * @param pricingJson the first {@code pricing} object a status carried (recorded once per message)
 */
public record StoredMessage(
        MessageId id,
        ChannelId channelId,
        ContactId contactId,
        Direction direction,
        String type,
        String contentJson,
        @Nullable String providerMessageId,
        MessageStatus status,
        @Nullable Integer errorCode,
        @Nullable String errorTitle,
        @Nullable String contextId,
        @Nullable String bizOpaqueCallbackData,
        @Nullable String pricingJson,
        Instant occurredAt,
        Instant createdAt,
        List<StatusEntry> history) {}

package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;

/**
 * A contact's message was stored (once per provider message id; no body: read it by {@code messageId}).
 *
 * @param type Meta's message type
 * @param occurredAt Meta's timestamp of the message
 */
public record InboundMessageReceived(
        WorkspaceId workspaceId,
        ContactId contactId,
        ChannelId channelId,
        MessageId messageId,
        String providerMessageId,
        String type,
        Instant occurredAt) {}

package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An outbound message's status moved forward (never published for an ignored late or duplicate status). */
public record MessageStatusChanged(
        WorkspaceId workspaceId,
        ContactId contactId,
        ChannelId channelId,
        MessageId messageId,
        String providerMessageId,
        MessageStatus status,
        @Nullable Integer errorCode,
        Instant occurredAt) {}

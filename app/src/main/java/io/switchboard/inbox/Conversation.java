package io.switchboard.inbox;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.MessageId;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as agents see it in lists; the messages themselves are messaging's.
 *
 * @param snoozedUntilReply snoozed until the customer writes again (with or without a time)
 * @param unreadCount inbound messages since an agent last opened it
 * @param lastDirection IN or OUT, of the latest message
 */
public record Conversation(
        ConversationId id,
        ContactId contactId,
        ChannelId channelId,
        ConversationStatus status,
        @Nullable Instant snoozedUntil,
        boolean snoozedUntilReply,
        Priority priority,
        @Nullable String subject,
        @Nullable UserId assigneeId,
        @Nullable TeamId teamId,
        int unreadCount,
        @Nullable MessageId lastMessageId,
        @Nullable String lastMessageType,
        @Nullable String lastDirection,
        @Nullable Instant lastMessageAt,
        List<String> labels,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant resolvedAt) {}

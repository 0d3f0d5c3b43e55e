package io.switchboard.inbox.internal;

import static io.switchboard.inbox.internal.Db.instant;
import static io.switchboard.inbox.internal.Db.uuid;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.inbox.Conversation;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationStatus;
import io.switchboard.inbox.Priority;
import io.switchboard.messaging.MessageId;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/** Conversations from rows of {@link ConversationQueries#COLUMNS}; labels come from their own table, per page. */
final class ConversationRows {
    private ConversationRows() {}

    static Conversation row(ResultSet rs) throws SQLException {
        var id = new ConversationId(uuid(rs, "id"));
        var assignee = uuid(rs, "assignee_id");
        var team = uuid(rs, "team_id");
        var last = uuid(rs, "last_message_id");
        return new Conversation(
                id,
                new ContactId(uuid(rs, "contact_id")),
                new ChannelId(uuid(rs, "channel_id")),
                ConversationStatus.valueOf(rs.getString("status")),
                instant(rs, "snoozed_until"),
                rs.getBoolean("snoozed_until_reply"),
                Priority.valueOf(rs.getString("priority")),
                rs.getString("subject"),
                assignee == null ? null : new UserId(assignee),
                team == null ? null : new TeamId(team),
                rs.getInt("unread_count"),
                last == null ? null : new MessageId(last),
                rs.getString("last_message_type"),
                rs.getString("last_direction"),
                instant(rs, "last_message_at"),
                List.of(),
                Objects.requireNonNull(instant(rs, "created_at")),
                Objects.requireNonNull(instant(rs, "updated_at")),
                instant(rs, "resolved_at"));
    }

    static Conversation labelled(Conversation c, List<String> labels) {
        return new Conversation(
                c.id(),
                c.contactId(),
                c.channelId(),
                c.status(),
                c.snoozedUntil(),
                c.snoozedUntilReply(),
                c.priority(),
                c.subject(),
                c.assigneeId(),
                c.teamId(),
                c.unreadCount(),
                c.lastMessageId(),
                c.lastMessageType(),
                c.lastDirection(),
                c.lastMessageAt(),
                List.copyOf(labels),
                c.createdAt(),
                c.updatedAt(),
                c.resolvedAt());
    }
}

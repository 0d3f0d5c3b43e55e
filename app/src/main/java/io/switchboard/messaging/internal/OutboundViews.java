package io.switchboard.messaging.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.OutboundMessageView;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.SendSource;
import io.switchboard.workspace.WorkspaceId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one outbound message for its sender. */
@Repository
class OutboundViews {
    static final String FIND = """
            select id, contact_id, channel_id, type, status, reason, source, provider_message_id, error_code,
                   error_title, created_at, updated_at
              from messaging_message
             where workspace_id = :workspace and id = :id and direction = 'OUT'""";

    private final JdbcClient jdbc;

    OutboundViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OutboundMessageView> find(WorkspaceId workspace, MessageId id) {
        return jdbc.sql(FIND)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query((rs, n) -> new OutboundMessageView(
                        new MessageId(rs.getObject("id", UUID.class)),
                        new ContactId(rs.getObject("contact_id", UUID.class)),
                        new ChannelId(rs.getObject("channel_id", UUID.class)),
                        rs.getString("type"),
                        MessageStatus.valueOf(rs.getString("status")),
                        rs.getString("reason") == null ? null : ReasonCode.valueOf(rs.getString("reason")),
                        rs.getString("source") == null ? null : SendSource.valueOf(rs.getString("source")),
                        rs.getString("provider_message_id"),
                        Db.integer(rs, "error_code"),
                        rs.getString("error_title"),
                        Db.instant(rs, "created_at"),
                        Db.instant(rs, "updated_at")))
                .optional();
    }
}

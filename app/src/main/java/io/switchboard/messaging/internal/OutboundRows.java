package io.switchboard.messaging.internal;

import static io.switchboard.messaging.internal.Db.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.SendSource;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbound side of {@code messaging_message}: rows made by the policy, then moved by the dispatcher. */
@Repository
class OutboundRows {
    record NewOutbound(
            MessageId id,
            WorkspaceId workspace,
            ChannelId channel,
            ContactId contact,
            String type,
            String contentJson,
            MessageStatus status,
            ReasonCode reason,
            SendSource source,
            @Nullable UserId actor,
            @Nullable String campaignRef,
            @Nullable String idempotencyKey,
            Instant at) {}

    // on conflict do nothing: the only conflict possible is the idempotency key, which makes a DUPLICATE.
    static final String INSERT = """
            insert into messaging_message (id, workspace_id, channel_id, contact_id, direction, type, content, raw,
                   status, reason, source, actor_id, campaign_ref, idempotency_key, occurred_at, created_at, updated_at)
            values (:id, :workspace, :channel, :contact, 'OUT', :type, :content, '{}', :status, :reason, :source,
                   :actor, :campaign, :key, :at, :at, :at)
            on conflict do nothing""";
    static final String BY_KEY = """
            select id from messaging_message where workspace_id = :workspace and idempotency_key = :key""";
    // Only a message still waiting for its wamid takes one: a reconciler and a late HTTP answer agree on it.
    static final String ACCEPTED = """
            update messaging_message set provider_message_id = :provider, status = 'ACCEPTED', occurred_at = :at,
                   biz_opaque_callback_data = :opaque, updated_at = :at
             where workspace_id = :workspace and id = :id and provider_message_id is null""";
    static final String FINAL = """
            update messaging_message set status = :status, error_code = :code, error_title = :title, updated_at = :at
             where workspace_id = :workspace and id = :id and provider_message_id is null""";

    private final JdbcClient jdbc;

    OutboundRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if a message with the same idempotency key exists */
    boolean insert(NewOutbound m) {
        return jdbc.sql(INSERT)
                        .param("id", m.id().value())
                        .param("workspace", m.workspace().value())
                        .param("channel", m.channel().value())
                        .param("contact", m.contact().value())
                        .param("type", m.type())
                        .param("content", m.contentJson())
                        .param("status", m.status().name())
                        .param("reason", m.reason().name())
                        .param("source", m.source().name())
                        .param("actor", m.actor() == null ? null : m.actor().value())
                        .param("campaign", m.campaignRef())
                        .param("key", m.idempotencyKey())
                        .param("at", ts(m.at()))
                        .update()
                == 1;
    }

    Optional<MessageId> byIdempotencyKey(WorkspaceId workspace, String key) {
        return jdbc.sql(BY_KEY)
                .param("workspace", workspace.value())
                .param("key", key)
                .query(UUID.class)
                .optional()
                .map(MessageId::new);
    }

    boolean accepted(WorkspaceId workspace, MessageId id, String wamid, String outboxId, Instant at) {
        return jdbc.sql(ACCEPTED)
                        .param("workspace", workspace.value())
                        .param("id", id.value())
                        .param("provider", wamid)
                        .param("opaque", outboxId)
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    void finish(
            WorkspaceId workspace,
            MessageId id,
            MessageStatus status,
            @Nullable Integer code,
            @Nullable String title,
            Instant at) {
        jdbc.sql(FINAL)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("status", status.name())
                .param("code", code)
                .param("title", title)
                .param("at", ts(at))
                .update();
    }
}

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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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
    static final String BY_KEYS = """
            select v.k, (select m.id from messaging_message m
                          where m.workspace_id = :workspace and m.idempotency_key = v.k) as id
              from (values :keys) as v(k)""";
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
    private final NamedParameterJdbcTemplate batch;

    OutboundRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /**
     * Inserts the rows in one JDBC batch (one round trip).
     *
     * @return per row, false if a message with the same idempotency key exists
     */
    boolean[] insertAll(List<NewOutbound> rows) {
        var counts = batch.batchUpdate(
                INSERT,
                rows.stream()
                        .map(m -> new MapSqlParameterSource()
                                .addValue("id", m.id().value())
                                .addValue("workspace", m.workspace().value())
                                .addValue("channel", m.channel().value())
                                .addValue("contact", m.contact().value())
                                .addValue("type", m.type())
                                .addValue("content", m.contentJson())
                                .addValue("status", m.status().name())
                                .addValue("reason", m.reason().name())
                                .addValue("source", m.source().name())
                                .addValue(
                                        "actor",
                                        m.actor() == null ? null : m.actor().value())
                                .addValue("campaign", m.campaignRef())
                                .addValue("key", m.idempotencyKey())
                                .addValue("at", ts(m.at())))
                        .toArray(SqlParameterSource[]::new));
        var out = new boolean[counts.length];
        for (var i = 0; i < counts.length; i++) {
            out[i] = counts[i] != 0; // SUCCESS_NO_INFO (-2) where a driver does not count: inserted
        }
        return out;
    }

    /** The messages with these idempotency keys, by key (one correlated lookup per key on the unique index). */
    Map<String, MessageId> byIdempotencyKeys(WorkspaceId workspace, Collection<String> keys) {
        var out = new HashMap<String, MessageId>();
        var list = keys.stream().distinct().map(k -> new Object[] {k}).toList();
        for (var from = 0; from < list.size(); from += 1000) {
            jdbc.sql(BY_KEYS)
                    .param("workspace", workspace.value())
                    .param("keys", list.subList(from, Math.min(list.size(), from + 1000)))
                    .query(rs -> {
                        var id = rs.getObject("id", UUID.class);
                        if (id != null) {
                            out.put(rs.getString("k"), new MessageId(id));
                        }
                    });
        }
        return out;
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

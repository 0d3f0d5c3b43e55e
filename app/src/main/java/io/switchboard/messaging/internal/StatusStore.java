package io.switchboard.messaging.internal;

import static io.switchboard.messaging.internal.Db.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.spi.InboundStatus;
import io.switchboard.messaging.StatusEntry;
import io.switchboard.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code messaging_message_status}: every status Meta reported, keyed by provider message id so that a
 * status arriving before its message is kept and applied when the message appears.
 */
@Repository
class StatusStore {
    static final String INSERT = """
            insert into messaging_message_status (id, workspace_id, channel_id, provider_message_id, status,
                   occurred_at, error_code, error_title, pricing, conversation, biz_opaque_callback_data, raw, recorded_at)
            values (:id, :workspace, :channel, :provider, :status, :occurred, :errorCode, :errorTitle, :pricing,
                   :conversation, :opaque, :raw, :recorded)
            on conflict do nothing""";
    static final String ENTRIES = """
            select status, occurred_at, error_code, error_title from messaging_message_status
             where workspace_id = :workspace and channel_id = :channel and provider_message_id = :provider
             order by occurred_at, recorded_at""";
    static final String ENTRIES_OF = """
            select provider_message_id, status, occurred_at, error_code, error_title from messaging_message_status
             where workspace_id = :workspace and channel_id = :channel and provider_message_id in (:providers)
             order by occurred_at, recorded_at""";
    static final String FIRST_PRICING = """
            select pricing from messaging_message_status
             where workspace_id = :workspace and channel_id = :channel and provider_message_id = :provider
               and pricing is not null
             order by occurred_at
             limit 1""";

    static final String FIRST_CONVERSATION = """
            select conversation from messaging_message_status
             where workspace_id = :workspace and channel_id = :channel and provider_message_id = :provider
               and conversation is not null
             order by occurred_at
             limit 1""";

    static final String FIRST_OPAQUE = """
            select biz_opaque_callback_data from messaging_message_status
             where workspace_id = :workspace and channel_id = :channel and provider_message_id = :provider
               and biz_opaque_callback_data is not null
             order by occurred_at
             limit 1""";

    static final String BY_OPAQUE = """
            select provider_message_id from messaging_message_status
             where workspace_id = :workspace and channel_id = :channel and biz_opaque_callback_data = :opaque
             order by occurred_at
             limit 1""";

    private final JdbcClient jdbc;

    StatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether it is new ({@code false}: the same status with the same timestamp was kept before) */
    boolean insert(InboundStatus s, java.time.Instant recordedAt) {
        var error = s.errors().isEmpty() ? null : s.errors().getFirst();
        return jdbc.sql(INSERT)
                        .param("id", UUID.randomUUID())
                        .param("workspace", s.workspaceId().value())
                        .param("channel", s.channelId().value())
                        .param("provider", s.providerMessageId())
                        .param("status", s.status())
                        .param("occurred", ts(s.timestamp()))
                        .param("errorCode", error == null ? null : error.code())
                        .param("errorTitle", error == null ? null : error.title())
                        .param("pricing", s.pricingJson())
                        .param("conversation", s.conversationJson())
                        .param("opaque", s.bizOpaqueCallbackData())
                        .param("raw", s.rawJson())
                        .param("recorded", ts(recordedAt))
                        .update()
                == 1;
    }

    List<StatusEntry> entries(WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        return jdbc.sql(ENTRIES)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("provider", providerMessageId)
                .query((rs, n) -> new StatusEntry(
                        rs.getString("status"),
                        Db.instant(rs, "occurred_at"),
                        Db.integer(rs, "error_code"),
                        rs.getString("error_title")))
                .list();
    }

    /** The histories of several messages of one number, by provider message id, in one statement. */
    Map<String, List<StatusEntry>> entries(WorkspaceId workspace, ChannelId channel, List<String> providerMessageIds) {
        var out = new HashMap<String, List<StatusEntry>>();
        if (providerMessageIds.isEmpty()) {
            return out;
        }
        jdbc.sql(ENTRIES_OF)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("providers", providerMessageIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString("provider_message_id"), k -> new ArrayList<>())
                            .add(new StatusEntry(
                                    rs.getString("status"),
                                    Db.instant(rs, "occurred_at"),
                                    Db.integer(rs, "error_code"),
                                    rs.getString("error_title")));
                });
        return out;
    }

    Optional<String> firstOpaque(WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        return firstOf(FIRST_OPAQUE, workspace, channel, providerMessageId);
    }

    Optional<String> firstPricing(WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        return firstOf(FIRST_PRICING, workspace, channel, providerMessageId);
    }

    Optional<String> firstConversation(WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        return firstOf(FIRST_CONVERSATION, workspace, channel, providerMessageId);
    }

    private Optional<String> firstOf(String sql, WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        return jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("provider", providerMessageId)
                .query(String.class)
                .optional();
    }

    /** The wamid of the message whose statuses echo {@code opaque} (an outbox id), if one arrived. */
    Optional<String> providerIdByOpaque(WorkspaceId workspace, ChannelId channel, String opaque) {
        return jdbc.sql(BY_OPAQUE)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("opaque", opaque)
                .query(String.class)
                .optional();
    }
}

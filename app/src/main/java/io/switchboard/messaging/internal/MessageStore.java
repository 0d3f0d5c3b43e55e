package io.switchboard.messaging.internal;

import static io.switchboard.messaging.internal.Db.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.Direction;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.SendSource;
import io.switchboard.messaging.StatusEntry;
import io.switchboard.messaging.StoredMessage;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code messaging_message}: one row per (channel, provider message id). */
@Repository
public class MessageStore {
    /** A message to insert. */
    public record NewMessage(
            MessageId id,
            WorkspaceId workspace,
            ChannelId channel,
            ContactId contact,
            Direction direction,
            String type,
            String contentJson,
            String rawJson,
            String providerMessageId,
            MessageStatus status,
            @Nullable Integer errorCode,
            @Nullable String errorTitle,
            @Nullable String contextId,
            @Nullable String bizOpaqueCallbackData,
            Instant occurredAt,
            Instant createdAt) {}

    /** Who asked for an outbound message, for the ledger. */
    record Origin(@Nullable SendSource source, @Nullable String campaignRef) {}

    /** What status application needs of a message. */
    public record Head(MessageId id, ContactId contactId, Direction direction, MessageStatus status) {}

    // on conflict do nothing: Meta redelivers; the unique key makes the second copy a no-op (invariant 2).
    static final String INSERT = """
            insert into messaging_message (id, workspace_id, channel_id, contact_id, direction, type, content, raw,
                   provider_message_id, status, error_code, error_title, context_id, biz_opaque_callback_data,
                   occurred_at, created_at, updated_at)
            values (:id, :workspace, :channel, :contact, :direction, :type, :content, :raw, :provider, :status,
                   :errorCode, :errorTitle, :context, :opaque, :occurred, :created, :created)
            on conflict do nothing""";
    static final String HEAD = """
            select id, contact_id, direction, status from messaging_message
             where workspace_id = :workspace and channel_id = :channel and provider_message_id = :provider""";
    // Status application locks the message first: two statuses of one message processed at once (several
    // webhook loops) would each miss the other's uncommitted history row and the later commit would win.
    static final String HEAD_FOR_UPDATE = HEAD + " for update";
    static final String SET_STATUS = """
            update messaging_message set status = :status, error_code = coalesce(:errorCode, error_code),
                   error_title = coalesce(:errorTitle, error_title), updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String SET_OPAQUE = """
            update messaging_message set biz_opaque_callback_data = :opaque
             where workspace_id = :workspace and id = :id and biz_opaque_callback_data is null""";
    // Pricing is recorded once per message (reference §6): the first status that carried it wins.
    static final String SET_PRICING = """
            update messaging_message set pricing = :pricing
             where workspace_id = :workspace and id = :id and pricing is null""";
    static final String ORIGIN = """
            select source, campaign_ref from messaging_message where workspace_id = :workspace and id = :id""";
    static final String PAGE = """
            select id, channel_id, contact_id, direction, type, content, provider_message_id, status, error_code,
                   error_title, context_id, biz_opaque_callback_data, pricing, occurred_at, created_at
              from messaging_message
             where workspace_id = :workspace and contact_id = :contact and occurred_at < :before
             order by occurred_at desc, id desc
             limit :limit""";

    static final String BY_IDS = """
            select id, channel_id, contact_id, direction, type, content, provider_message_id, status, error_code,
                   error_title, context_id, biz_opaque_callback_data, pricing, occurred_at, created_at
              from messaging_message
             where workspace_id = :workspace and id in (:ids)""";

    static final String INBOUND_CONTENT = """
            select content from messaging_message
             where workspace_id = :workspace and id = :id and direction = 'IN'""";

    private final JdbcClient jdbc;
    private final StatusStore history;

    MessageStore(JdbcClient jdbc, StatusStore history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** @return whether the row is new ({@code false}: this provider id was stored before) */
    public boolean insert(NewMessage m) {
        return jdbc.sql(INSERT)
                        .param("id", m.id().value())
                        .param("workspace", m.workspace().value())
                        .param("channel", m.channel().value())
                        .param("contact", m.contact().value())
                        .param("direction", m.direction().name())
                        .param("type", m.type())
                        .param("content", m.contentJson())
                        .param("raw", m.rawJson())
                        .param("provider", m.providerMessageId())
                        .param("status", m.status().name())
                        .param("errorCode", m.errorCode())
                        .param("errorTitle", m.errorTitle())
                        .param("context", m.contextId())
                        .param("opaque", m.bizOpaqueCallbackData())
                        .param("occurred", ts(m.occurredAt()))
                        .param("created", ts(m.createdAt()))
                        .update()
                == 1;
    }

    public Optional<Head> find(WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        return head(HEAD, workspace, channel, providerMessageId);
    }

    /** Like {@link #find}, and locks the row until the transaction ends. */
    Optional<Head> lock(WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        return head(HEAD_FOR_UPDATE, workspace, channel, providerMessageId);
    }

    private Optional<Head> head(String sql, WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        return jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("provider", providerMessageId)
                .query((rs, n) -> new Head(
                        new MessageId(rs.getObject("id", UUID.class)),
                        new ContactId(rs.getObject("contact_id", UUID.class)),
                        Direction.valueOf(rs.getString("direction")),
                        MessageStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    void status(
            WorkspaceId workspace,
            MessageId id,
            MessageStatus status,
            @Nullable Integer code,
            @Nullable String title,
            Instant at) {
        jdbc.sql(SET_STATUS)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("status", status.name())
                .param("errorCode", code)
                .param("errorTitle", title)
                .param("at", ts(at))
                .update();
    }

    void opaque(WorkspaceId workspace, MessageId id, String opaque) {
        jdbc.sql(SET_OPAQUE)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("opaque", opaque)
                .update();
    }

    /** @return whether this is the message's first pricing ({@code false}: it had one already) */
    boolean pricing(WorkspaceId workspace, MessageId id, String pricing) {
        return jdbc.sql(SET_PRICING)
                        .param("workspace", workspace.value())
                        .param("id", id.value())
                        .param("pricing", pricing)
                        .update()
                == 1;
    }

    Origin origin(WorkspaceId workspace, MessageId id) {
        return jdbc.sql(ORIGIN)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query((rs, n) -> new Origin(PricingJson.source(rs.getString("source")), rs.getString("campaign_ref")))
                .single();
    }

    /** The normalized content JSON of an inbound message. */
    public Optional<String> inboundContent(WorkspaceId workspace, MessageId id) {
        return jdbc.sql(INBOUND_CONTENT)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    /** The messages among {@code ids} in this workspace, without their status history (one read for a list). */
    public List<StoredMessage> byIds(WorkspaceId workspace, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(BY_IDS)
                .param("workspace", workspace.value())
                .param("ids", ids)
                .query(MessageStore::row)
                .list();
    }

    public List<StoredMessage> page(WorkspaceId workspace, ContactId contact, @Nullable Instant before, int limit) {
        var rows = jdbc.sql(PAGE)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("before", ts(before == null ? Instant.parse("9999-12-31T00:00:00Z") : before))
                .param("limit", limit)
                .query(MessageStore::row)
                .list();
        // One status read per number on the page, not one per message (a thread page holds up to 200).
        var histories = new HashMap<ChannelId, Map<String, List<StatusEntry>>>();
        rows.stream()
                .filter(r -> r.providerMessageId() != null)
                .collect(Collectors.groupingBy(
                        StoredMessage::channelId,
                        Collectors.mapping(StoredMessage::providerMessageId, Collectors.toList())))
                .forEach(
                        (channel, providers) -> histories.put(channel, history.entries(workspace, channel, providers)));
        var out = new ArrayList<StoredMessage>(rows.size());
        for (var row : rows) {
            var provider = row.providerMessageId();
            out.add(new StoredMessage(
                    row.id(),
                    row.channelId(),
                    row.contactId(),
                    row.direction(),
                    row.type(),
                    row.contentJson(),
                    provider,
                    row.status(),
                    row.errorCode(),
                    row.errorTitle(),
                    row.contextId(),
                    row.bizOpaqueCallbackData(),
                    row.pricingJson(),
                    row.occurredAt(),
                    row.createdAt(),
                    provider == null
                            ? List.of()
                            : histories.getOrDefault(row.channelId(), Map.of()).getOrDefault(provider, List.of())));
        }
        return out;
    }

    private static StoredMessage row(ResultSet rs, int n) throws SQLException {
        return new StoredMessage(
                new MessageId(rs.getObject("id", UUID.class)),
                new ChannelId(rs.getObject("channel_id", UUID.class)),
                new ContactId(rs.getObject("contact_id", UUID.class)),
                Direction.valueOf(rs.getString("direction")),
                rs.getString("type"),
                rs.getString("content"),
                rs.getString("provider_message_id"),
                MessageStatus.valueOf(rs.getString("status")),
                Db.integer(rs, "error_code"),
                rs.getString("error_title"),
                rs.getString("context_id"),
                rs.getString("biz_opaque_callback_data"),
                rs.getString("pricing"),
                Db.instant(rs, "occurred_at"),
                Db.instant(rs, "created_at"),
                List.of());
    }
}

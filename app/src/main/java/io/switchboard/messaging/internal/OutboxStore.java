package io.switchboard.messaging.internal;

import static io.switchboard.messaging.internal.Db.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.MessageId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code messaging_outbox}: what is to be sent, claimed by the channel's lease holder. */
@Repository
class OutboxStore {
    record NewRow(
            UUID id,
            WorkspaceId workspace,
            ChannelId channel,
            MessageId message,
            ContactId contact,
            String recipient,
            String portfolio,
            boolean businessInitiated,
            String payload,
            Instant dueAt,
            Instant at) {}

    /** A row being worked on. */
    record Row(
            UUID id,
            WorkspaceId workspace,
            ChannelId channel,
            MessageId message,
            String recipient,
            String payload,
            int attempts,
            @Nullable Instant sendingAt,
            int resends) {}

    record ChannelKey(WorkspaceId workspace, ChannelId channel) {}

    static final String INSERT = """
            insert into messaging_outbox (id, workspace_id, channel_id, message_id, contact_id, recipient, portfolio,
                   business_initiated, payload, state, attempts, due_at, created_at, updated_at)
            values (:id, :workspace, :channel, :message, :contact, :recipient, :portfolio, :initiated, :payload,
                   'QUEUED', 0, :due, :at, :at)""";
    static final String COLUMNS = """
            select id, workspace_id, channel_id, message_id, recipient, payload, attempts, sending_at, resends
              from messaging_outbox
            """;
    // Rows locked by another transaction are skipped, never waited for: two claimers never get the same row.
    static final String CLAIM = COLUMNS + """
             where workspace_id = :workspace and channel_id = :channel and state = 'QUEUED' and due_at <= :now
             order by due_at, id
             limit :limit
             for update skip locked""";
    // Invariant 1: SENDING is written and committed before the HTTP call, so a restart never sends it again.
    static final String SENDING = """
            update messaging_outbox set state = 'SENDING', attempts = attempts + 1, sending_at = :now, updated_at = :now
             where workspace_id = :workspace and id = :id and state = 'QUEUED'""";
    static final String SENDING_ALL = """
            update messaging_outbox set state = 'SENDING', attempts = attempts + 1, sending_at = :now, updated_at = :now
             where workspace_id = :workspace and id in (:ids) and state = 'QUEUED'""";
    static final String REQUEUE = """
            update messaging_outbox set state = 'QUEUED', due_at = :due, error_code = :code, error_title = :title,
                   updated_at = :now
             where workspace_id = :workspace and id = :id""";
    static final String SENT = """
            update messaging_outbox set state = 'SENT', provider_message_id = :provider, updated_at = :now
             where workspace_id = :workspace and id = :id and state in ('SENDING', 'FAILED_UNKNOWN')""";
    // Only a row still SENDING: a status that settled it in the meantime wins.
    static final String RESEND = """
            update messaging_outbox set state = 'QUEUED', due_at = :now, resends = resends + 1, updated_at = :now
             where workspace_id = :workspace and id = :id and state = 'SENDING'""";
    static final String FINISH = """
            update messaging_outbox set state = :state, error_code = :code, error_title = :title, updated_at = :now
             where workspace_id = :workspace and id = :id and state = 'SENDING'""";
    // The dispatcher and the reconciler serve every workspace, so these two scans span workspaces; each
    // row they return is then handled with its own workspace id.
    static final String DUE_CHANNELS = """
            select distinct workspace_id, channel_id from messaging_outbox where state = 'QUEUED' and due_at <= :now""";
    static final String IN_DOUBT = COLUMNS + """
             where workspace_id = :workspace and channel_id = :channel and id = :id
               and state in ('SENDING', 'FAILED_UNKNOWN')""";
    static final String ABANDONED = COLUMNS + " where state = 'SENDING' and sending_at < :before";
    // Meta's messaging limit counts unique recipients of business-initiated messages in a moving 24 hours.
    static final String RECIPIENTS = """
            select count(distinct contact_id) from messaging_outbox
             where workspace_id = :workspace and portfolio = :portfolio and business_initiated = true
               and due_at > :since and due_at <= :now and state <> 'FAILED'""";
    static final String COUNTED = """
            select count(*) from messaging_outbox
             where workspace_id = :workspace and portfolio = :portfolio and business_initiated = true
               and due_at > :since and due_at <= :now and contact_id = :contact and state <> 'FAILED'""";
    static final String OLDEST = """
            select min(due_at) from messaging_outbox
             where workspace_id = :workspace and portfolio = :portfolio and business_initiated = true
               and due_at > :since and due_at <= :now and state <> 'FAILED'""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    OutboxStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(NewRow r) {
        jdbc.sql(INSERT)
                .param("id", r.id())
                .param("workspace", r.workspace().value())
                .param("channel", r.channel().value())
                .param("message", r.message().value())
                .param("contact", r.contact().value())
                .param("recipient", r.recipient())
                .param("portfolio", r.portfolio())
                .param("initiated", r.businessInitiated())
                .param("payload", r.payload())
                .param("due", ts(r.dueAt()))
                .param("at", ts(r.at()))
                .update();
    }

    /** Inserts the rows in one JDBC batch (one round trip). */
    void insertAll(List<NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                INSERT,
                rows.stream()
                        .map(r -> new MapSqlParameterSource()
                                .addValue("id", r.id())
                                .addValue("workspace", r.workspace().value())
                                .addValue("channel", r.channel().value())
                                .addValue("message", r.message().value())
                                .addValue("contact", r.contact().value())
                                .addValue("recipient", r.recipient())
                                .addValue("portfolio", r.portfolio())
                                .addValue("initiated", r.businessInitiated())
                                .addValue("payload", r.payload())
                                .addValue("due", ts(r.dueAt()))
                                .addValue("at", ts(r.at())))
                        .toArray(SqlParameterSource[]::new));
    }

    List<Row> claim(WorkspaceId workspace, ChannelId channel, Instant now, int limit) {
        return jdbc.sql(CLAIM)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("now", ts(now))
                .param("limit", limit)
                .query(OutboxStore::row)
                .list();
    }

    boolean sending(WorkspaceId workspace, UUID id, Instant now) {
        return update(SENDING, workspace, id, now).update() == 1;
    }

    /** Puts an abandoned, unconfirmed row back in the queue; false if it is no longer SENDING. */
    boolean resend(WorkspaceId workspace, UUID id, Instant now) {
        return update(RESEND, workspace, id, now).update() == 1;
    }

    /** Marks the claimed rows SENDING with one statement; @return how many were still QUEUED */
    int sending(WorkspaceId workspace, List<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql(SENDING_ALL)
                .param("workspace", workspace.value())
                .param("ids", ids)
                .param("now", ts(now))
                .update();
    }

    void requeue(
            WorkspaceId workspace, UUID id, Instant due, @Nullable Integer code, @Nullable String title, Instant now) {
        update(REQUEUE, workspace, id, now)
                .param("due", ts(due))
                .param("code", code)
                .param("title", title)
                .update();
    }

    boolean sent(WorkspaceId workspace, UUID id, String wamid, Instant now) {
        return update(SENT, workspace, id, now).param("provider", wamid).update() == 1;
    }

    boolean finish(
            WorkspaceId workspace, UUID id, String state, @Nullable Integer code, @Nullable String title, Instant now) {
        return update(FINISH, workspace, id, now)
                        .param("state", state)
                        .param("code", code)
                        .param("title", title)
                        .update()
                == 1;
    }

    List<ChannelKey> dueChannels(Instant now) {
        return jdbc.sql(DUE_CHANNELS)
                .param("now", ts(now))
                .query((rs, n) -> new ChannelKey(
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new ChannelId(rs.getObject("channel_id", UUID.class))))
                .list();
    }

    Optional<Row> inDoubt(WorkspaceId workspace, ChannelId channel, UUID id) {
        return jdbc.sql(IN_DOUBT)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("id", id)
                .query(OutboxStore::row)
                .optional();
    }

    List<Row> abandoned(Instant before) {
        return jdbc.sql(ABANDONED)
                .param("before", ts(before))
                .query(OutboxStore::row)
                .list();
    }

    long recipients(WorkspaceId workspace, String portfolio, Instant now) {
        return window(RECIPIENTS, workspace, portfolio, now).query(Long.class).single();
    }

    boolean counted(WorkspaceId workspace, String portfolio, ContactId contact, Instant now) {
        return window(COUNTED, workspace, portfolio, now)
                        .param("contact", contact.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Instant> oldestCounted(WorkspaceId workspace, String portfolio, Instant now) {
        // min() of no rows is one null row.
        return window(OLDEST, workspace, portfolio, now)
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(java.time.OffsetDateTime::toInstant);
    }

    private JdbcClient.StatementSpec window(String sql, WorkspaceId workspace, String portfolio, Instant now) {
        return jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("portfolio", portfolio)
                .param("since", ts(now.minus(java.time.Duration.ofHours(24))))
                .param("now", ts(now));
    }

    private JdbcClient.StatementSpec update(String sql, WorkspaceId workspace, UUID id, Instant now) {
        return jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("id", id)
                .param("now", ts(now));
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var sending = rs.getObject("sending_at", java.time.OffsetDateTime.class);
        return new Row(
                rs.getObject("id", UUID.class),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new ChannelId(rs.getObject("channel_id", UUID.class)),
                new MessageId(rs.getObject("message_id", UUID.class)),
                rs.getString("recipient"),
                rs.getString("payload"),
                rs.getInt("attempts"),
                sending == null ? null : sending.toInstant(),
                rs.getInt("resends"));
    }
}

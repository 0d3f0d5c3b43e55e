package io.switchboard.channels.whatsapp.internal;

import static io.switchboard.channels.internal.Sql.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.internal.Sql;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Raw webhook bodies and their processing state. The claim and the state changes are installation-wide
 * on purpose: the worker serves every workspace; each row still carries the workspace it was routed to.
 */
@Repository
public class WebhookEventStore {
    /** A claimed event: what the worker needs to process it. */
    public record Claimed(
            UUID id, WorkspaceId workspaceId, ChannelId channelId, String appSecretFp, String body, int attempts) {}

    static final String INSERT = """
            insert into channels_webhook_event (id, workspace_id, channel_id, app_secret_fp, received_at, body,
                   status, attempts, next_attempt_at, lane)
            values (:id, :workspace, :channel, :fp, :at, :body, 'PENDING', 0, :at, :lane)""";
    // PROCESSING rows whose lease ran out belong to a worker that died: they are due again. The lanes are
    // listed (not "mod(lane, loops) = loop") so that the planner knows how many rows they hold: on PostgreSQL
    // it then reads the partial index in due order and stops at the limit (channels V3) instead of sorting
    // the whole backlog of the loop for every claim.
    static final String DUE = """
            select id, workspace_id, channel_id, app_secret_fp, body, attempts from channels_webhook_event
             where status in ('PENDING', 'FAILED', 'PROCESSING') and next_attempt_at <= :now
               and lane in (:lanes)
             order by next_attempt_at
             limit :limit
               for update skip locked""";
    // One statement for the whole claimed batch: the rows are locked by DUE in the same transaction.
    static final String LEASE = """
            update channels_webhook_event set status = 'PROCESSING', attempts = attempts + 1, next_attempt_at = :until
             where id in (:ids)""";
    static final String LOAD = """
            select id, workspace_id, channel_id, app_secret_fp, body, attempts from channels_webhook_event
             where id = :id and status = 'PROCESSING'""";
    static final String DONE = """
            update channels_webhook_event set status = 'DONE', processed_at = :at, last_error = null
             where id in (:ids) and status = 'PROCESSING'""";
    static final String FAILED = """
            update channels_webhook_event set status = 'FAILED', next_attempt_at = :retry, last_error = :error
             where id = :id and status = 'PROCESSING'""";
    static final String PENDING = """
            select case when exists (select 1 from channels_webhook_event
             where status in ('PENDING', 'PROCESSING', 'FAILED') and workspace_id = :workspace and channel_id = :channel)
             then 1 else 0 end""";
    static final String COUNT = "select count(*) from channels_webhook_event where workspace_id = :workspace";

    /** Lanes an event can be in; see {@link WebhookLanes}. */
    public static final int LANES = 64;

    private final JdbcClient jdbc;

    WebhookEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any event routed to this channel is not processed yet. */
    public boolean pending(WorkspaceId workspace, ChannelId channel) {
        return jdbc.sql(PENDING)
                        .param("workspace", workspace.value())
                        .param("channel", channel.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(UUID id, WorkspaceId workspace, ChannelId channel, String fp, String body, Instant at) {
        jdbc.sql(INSERT)
                .param("lane", WebhookLanes.of(body))
                .param("id", id)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("fp", fp)
                .param("at", ts(at))
                .param("body", body)
                .update();
    }

    /**
     * Locks up to {@code limit} due events, leases them until {@code until} and returns them with their
     * bodies (two statements per batch, however large); call inside a transaction.
     */
    public List<Claimed> claim(int limit, Instant now, Instant until) {
        return claim(limit, now, until, 0, 1);
    }

    /** As {@link #claim(int, Instant, Instant)}, among the lanes of loop {@code loop} of {@code loops}. */
    public List<Claimed> claim(int limit, Instant now, Instant until, int loop, int loops) {
        var due = jdbc.sql(DUE)
                .param("now", ts(now))
                .param("lanes", lanes(loop, loops))
                .param("limit", limit)
                .query(WebhookEventStore::claimed)
                .list();
        if (due.isEmpty()) {
            return due;
        }
        jdbc.sql(LEASE)
                .param("ids", due.stream().map(Claimed::id).toList())
                .param("until", ts(until))
                .update();
        // The row now counts this attempt; hand out what the table holds.
        return due.stream()
                .map(c -> new Claimed(
                        c.id(), c.workspaceId(), c.channelId(), c.appSecretFp(), c.body(), c.attempts() + 1))
                .toList();
    }

    /** The lanes of loop {@code loop} of {@code loops}: those with {@code lane mod loops = loop}. */
    static List<Integer> lanes(int loop, int loops) {
        var lanes = new java.util.ArrayList<Integer>();
        for (var lane = loop; lane < LANES; lane += loops) {
            lanes.add(lane);
        }
        return lanes.isEmpty() ? List.of(-1) : lanes;
    }

    public Optional<Claimed> load(UUID id) {
        return jdbc.sql(LOAD).param("id", id).query(WebhookEventStore::claimed).optional();
    }

    private static Claimed claimed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Claimed(
                Sql.uuid(rs, "id"),
                new WorkspaceId(Sql.uuid(rs, "workspace_id")),
                new ChannelId(Sql.uuid(rs, "channel_id")),
                rs.getString("app_secret_fp"),
                rs.getString("body"),
                rs.getInt("attempts"));
    }

    public void done(UUID id, Instant at) {
        done(List.of(id), at);
    }

    public void done(List<UUID> ids, Instant at) {
        jdbc.sql(DONE).param("ids", ids).param("at", ts(at)).update();
    }

    public void failed(UUID id, Instant retryAt, String error) {
        jdbc.sql(FAILED)
                .param("id", id)
                .param("retry", ts(retryAt))
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .update();
    }

    public long count(WorkspaceId workspace) {
        return jdbc.sql(COUNT)
                .param("workspace", workspace.value())
                .query(Long.class)
                .single();
    }
}

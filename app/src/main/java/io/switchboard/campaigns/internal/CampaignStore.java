package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignStats;
import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.campaigns.SendWindow;
import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.MessageId;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code campaigns_campaign} and {@code campaigns_recipient}; every statement is scoped to a workspace. */
@Component
public class CampaignStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Campaign.Parameter>> PARAMETERS = new TypeReference<>() {};
    // The primary key (campaign_id, contact_id) keeps a contact added before as it is.
    static final String ADD_RECIPIENTS = """
            insert into campaigns_recipient (workspace_id, campaign_id, contact_id, state, not_before, not_after,
                   time_zone, updated_at)
            values :rows on conflict do nothing""";
    // PostgreSQL takes at most 65,535 parameters per statement: 8 columns × 5,000 rows stays well below.
    private static final int ADD_CHUNK = 5000;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    private final Clock clock;

    CampaignStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * A campaign row as stored, with its audience definition (JSON) and how far the runner turned it into
     * recipients.
     */
    public record Row(
            Campaign campaign, WorkspaceId workspaceId, String audienceJson, int preparedUpto, boolean prepared) {}

    /** A recipient the runner hands to messaging. */
    public record Pending(ContactId contact) {}

    public void insert(
            WorkspaceId ws,
            CampaignId id,
            String name,
            ChannelId channel,
            String template,
            String language,
            List<Campaign.Parameter> parameters,
            String audienceJson,
            @Nullable SendWindow window,
            @Nullable UserId by,
            Instant now) {
        jdbc.sql("""
                insert into campaigns_campaign (id, workspace_id, name, channel_id, template_name, template_lang,
                    parameters, audience, window_start, window_end, status, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
                .params(
                        id.value(),
                        ws.value(),
                        name,
                        channel.value(),
                        template,
                        language,
                        JSON.writeValueAsString(parameters),
                        audienceJson,
                        window == null ? null : window.start().toString(),
                        window == null ? null : window.end().toString(),
                        by == null ? null : by.value(),
                        ts(now),
                        ts(now))
                .update();
    }

    public Optional<Row> find(WorkspaceId ws, CampaignId id) {
        return jdbc.sql(SELECT + " where c.workspace_id = ? and c.id = ?")
                .params(ws.value(), id.value())
                .query(CampaignStore::row)
                .optional();
    }

    /** Locks the campaign row for a state change. */
    public Optional<Row> lock(WorkspaceId ws, CampaignId id) {
        return jdbc.sql(SELECT + " where c.workspace_id = ? and c.id = ? for update")
                .params(ws.value(), id.value())
                .query(CampaignStore::row)
                .optional();
    }

    /**
     * The campaign's status, locked against state changes for a hand-off batch: {@code shared} lets several
     * batches run at once while a pause or cancel waits for them (PostgreSQL); otherwise an exclusive lock.
     * Reads no recipient count, unlike {@link #lock}.
     */
    public Optional<CampaignStatus> lockForHandOff(WorkspaceId ws, CampaignId id, boolean shared) {
        return jdbc.sql("select status from campaigns_campaign where workspace_id = ? and id = ? for "
                        + (shared ? "share" : "update"))
                .params(ws.value(), id.value())
                .query((rs, n) -> CampaignStatus.valueOf(rs.getString(1)))
                .optional();
    }

    public List<Campaign> list(WorkspaceId ws) {
        return jdbc
                .sql(SELECT + " where c.workspace_id = ? order by c.created_at desc")
                .param(ws.value())
                .query(CampaignStore::row)
                .list()
                .stream()
                .map(Row::campaign)
                .toList();
    }

    /** Campaigns the runner should work on: RUNNING, and SCHEDULED ones that are due. */
    public List<Row> active(Instant now) {
        return jdbc.sql(SELECT + " where c.status = 'RUNNING' or (c.status = 'SCHEDULED' and c.scheduled_at <= ?)")
                .param(ts(now))
                .query(CampaignStore::row)
                .list();
    }

    /** Running campaigns of a channel (for automatic pauses). */
    public List<Row> running(WorkspaceId ws, ChannelId channel) {
        return jdbc.sql(SELECT
                        + " where c.workspace_id = ? and c.channel_id = ? and c.status in ('RUNNING', 'SCHEDULED')")
                .params(ws.value(), channel.value())
                .query(CampaignStore::row)
                .list();
    }

    public void setStatus(
            WorkspaceId ws, CampaignId id, CampaignStatus status, @Nullable String pauseReason, Instant now) {
        jdbc.sql("""
                update campaigns_campaign set status = ?, pause_reason = ?, updated_at = ?,
                    launched_at = case when ? in ('RUNNING', 'SCHEDULED') and launched_at is null then ? else launched_at end,
                    finished_at = case when ? in ('COMPLETED', 'CANCELLED') then ? else finished_at end
                where workspace_id = ? and id = ?""")
                .params(
                        status.name(),
                        pauseReason,
                        ts(now),
                        status.name(),
                        ts(now),
                        status.name(),
                        ts(now),
                        ws.value(),
                        id.value())
                .update();
    }

    public void schedule(WorkspaceId ws, CampaignId id, Instant at, Instant now) {
        jdbc.sql(
                        "update campaigns_campaign set status = 'SCHEDULED', scheduled_at = ?, launched_at = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(ts(at), ts(now), ts(now), ws.value(), id.value())
                .update();
    }

    /** Adds recipients once each, due at once (a contact already in the campaign is left as it is). */
    public int addRecipients(WorkspaceId ws, CampaignId id, Collection<ContactId> contacts, Instant now) {
        var due = new java.util.LinkedHashMap<ContactId, ContactZones.Slot>();
        contacts.forEach(c -> due.put(c, ContactZones.Slot.now(now)));
        return addRecipients(ws, id, due, now);
    }

    /**
     * Adds recipients once each, each handed over only within its slot (a contact already in the campaign is
     * left as it is).
     */
    public int addRecipients(WorkspaceId ws, CampaignId id, Map<ContactId, ContactZones.Slot> slots, Instant now) {
        var rows = new java.util.ArrayList<Object[]>(slots.size());
        slots.forEach((contact, slot) -> rows.add(new Object[] {
            ws.value(),
            id.value(),
            contact.value(),
            "PENDING",
            ts(slot.notBefore()),
            slot.notAfter() == null ? new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, null) : ts(slot.notAfter()),
            new SqlParameterValue(
                    Types.VARCHAR, slot.zone() == null ? null : slot.zone().getId()),
            ts(now)
        }));
        var added = 0;
        // Multi-row inserts: one statement per chunk instead of one per recipient.
        for (var from = 0; from < rows.size(); from += ADD_CHUNK) {
            added += jdbc.sql(ADD_RECIPIENTS)
                    .param("rows", rows.subList(from, Math.min(rows.size(), from + ADD_CHUNK)))
                    .update();
        }
        return added;
    }

    /** Records how far the audience was turned into recipients. */
    public void prepared(WorkspaceId ws, CampaignId id, int upto, boolean done, Instant now) {
        jdbc.sql(
                        "update campaigns_campaign set prepared_upto = ?, prepared = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(upto, done, ts(now), ws.value(), id.value())
                .update();
    }

    /**
     * Claims up to {@code limit} pending recipients that are due (their send window is open); others running
     * the same campaign skip them.
     */
    public List<Pending> claim(WorkspaceId ws, CampaignId id, int limit) {
        var now = ts(clock.instant());
        return jdbc.sql("""
                select contact_id from campaigns_recipient
                where workspace_id = ? and campaign_id = ? and state = 'PENDING'
                  and (not_before is null or not_before <= ?) and (not_after is null or not_after > ?)
                order by contact_id limit ? for update skip locked""")
                .params(ws.value(), id.value(), now, now, limit)
                .query((rs, n) -> new Pending(new ContactId(rs.getObject(1, UUID.class))))
                .list();
    }

    /**
     * Moves up to {@code limit} pending recipients whose window closed before they were handed over (the
     * campaign was held by the messaging limit, paused, or slower than the window) to their next opening in
     * their own zone, so that no one is reached outside the window.
     *
     * @return how many were moved
     */
    public int reslot(WorkspaceId ws, CampaignId id, SendWindow window, int limit) {
        var now = clock.instant();
        var missed = jdbc.sql("""
                select contact_id, time_zone from campaigns_recipient
                where workspace_id = ? and campaign_id = ? and state = 'PENDING' and not_after <= ?
                order by contact_id limit ? for update skip locked""")
                .params(ws.value(), id.value(), ts(now), limit)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .list();
        var updates = new ArrayList<MapSqlParameterSource>(missed.size());
        for (var row : missed) {
            var zone = row[1] == null ? ZoneOffset.UTC : ZoneId.of((String) row[1]);
            var slot = ContactZones.Slot.of(window, zone, now);
            updates.add(new MapSqlParameterSource()
                    .addValue("before", ts(slot.notBefore()))
                    .addValue("after", ts(slot.notAfter()))
                    .addValue("at", ts(now))
                    .addValue("ws", ws.value())
                    .addValue("campaign", id.value())
                    .addValue("contact", row[0]));
        }
        if (!updates.isEmpty()) {
            batch.batchUpdate(RESLOT, updates.toArray(MapSqlParameterSource[]::new));
        }
        return missed.size();
    }

    static final String RESLOT = """
            update campaigns_recipient set not_before = :before, not_after = :after, updated_at = :at
            where workspace_id = :ws and campaign_id = :campaign and contact_id = :contact and state = 'PENDING'""";

    /** A recipient's hand-off: QUEUED (or SKIPPED when not queued) with the policy's reason and the message. */
    public record HandedOver(
            ContactId contact,
            boolean queued,
            String reason,
            @Nullable MessageId message) {}

    static final String HANDED_OVER = """
            update campaigns_recipient set state = :state, reason = :reason, message_id = :message, updated_at = :at
            where workspace_id = :ws and campaign_id = :campaign and contact_id = :contact""";

    /** Records the recipients' hand-offs in one JDBC batch (one round trip). */
    public void handedOver(WorkspaceId ws, CampaignId id, List<HandedOver> recipients, Instant now) {
        if (recipients.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                HANDED_OVER,
                recipients.stream()
                        .map(r -> new MapSqlParameterSource()
                                .addValue("state", r.queued() ? "QUEUED" : "SKIPPED")
                                .addValue("reason", r.reason())
                                .addValue(
                                        "message",
                                        r.message() == null ? null : r.message().value())
                                .addValue("at", ts(now))
                                .addValue("ws", ws.value())
                                .addValue("campaign", id.value())
                                .addValue("contact", r.contact().value()))
                        .toArray(SqlParameterSource[]::new));
    }

    public void handedOver(
            WorkspaceId ws,
            CampaignId id,
            ContactId contact,
            boolean queued,
            String reason,
            @Nullable MessageId message,
            Instant now) {
        handedOver(ws, id, List.of(new HandedOver(contact, queued, reason, message)), now);
    }

    public int skipPending(WorkspaceId ws, CampaignId id, String reason, Instant now) {
        return jdbc.sql("""
                update campaigns_recipient set state = 'SKIPPED', reason = ?, updated_at = ?
                where workspace_id = ? and campaign_id = ? and state = 'PENDING'""").params(reason, ts(now), ws.value(), id.value()).update();
    }

    /** Whether recipients are still to be handed over, or the audience is not fully prepared yet. */
    public boolean hasPending(WorkspaceId ws, CampaignId id) {
        return jdbc.sql("""
                                select count(*) from campaigns_recipient where workspace_id = ? and campaign_id = ? and state = 'PENDING'
                                   or exists (select 1 from campaigns_campaign where workspace_id = ? and id = ? and not prepared)""")
                        .params(ws.value(), id.value(), ws.value(), id.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Moves the recipient of this message forward (never back: a late DELIVERED after READ is ignored). */
    public void messageStatus(
            WorkspaceId ws, MessageId message, String status, @Nullable Integer errorCode, Instant now) {
        jdbc.sql("""
                update campaigns_recipient set status = ?, error_code = ?, updated_at = ?
                where workspace_id = ? and message_id = ?
                  and (status is null or (case status when 'SENT' then 1 when 'DELIVERED' then 2 when 'READ' then 3 when 'FAILED' then 4 else 0 end)
                       < (case ? when 'SENT' then 1 when 'DELIVERED' then 2 when 'READ' then 3 when 'FAILED' then 4 else 0 end))""")
                .params(status, errorCode, ts(now), ws.value(), message.value(), status)
                .update();
    }

    /** Marks this contact's recipients as replied if the campaign's message reached them before {@code at}. */
    public void replied(WorkspaceId ws, ContactId contact, ChannelId channel, Instant at) {
        jdbc.sql("""
                update campaigns_recipient set replied_at = ?
                where workspace_id = ? and contact_id = ? and replied_at is null and state = 'QUEUED'
                  and status in ('SENT', 'DELIVERED', 'READ') and updated_at <= ?
                  and campaign_id in (select id from campaigns_campaign where workspace_id = ? and channel_id = ?)""")
                .params(ts(at), ws.value(), contact.value(), ts(at), ws.value(), channel.value())
                .update();
    }

    public CampaignStats stats(WorkspaceId ws, CampaignId id) {
        var counts = jdbc.sql("""
                select state, reason, status, error_code, count(*), count(replied_at) from campaigns_recipient
                where workspace_id = ? and campaign_id = ? group by state, reason, status, error_code""")
                .params(ws.value(), id.value())
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getInt(5), rs.getInt(6)
                })
                .list();
        int total = 0, pending = 0, queued = 0, sent = 0, delivered = 0, read = 0, replied = 0;
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, Integer> failed = new TreeMap<>();
        for (var c : counts) {
            var state = (String) c[0];
            var n = (int) c[4];
            total += n;
            replied += (int) c[5];
            switch (state) {
                case "PENDING" -> pending += n;
                case "SKIPPED" -> skipped.merge(String.valueOf(c[1]), n, Integer::sum);
                default -> {
                    var status = c[2] == null ? "" : (String) c[2];
                    switch (status) {
                        case "READ" -> {
                            read += n;
                            delivered += n;
                            sent += n;
                        }
                        case "DELIVERED" -> {
                            delivered += n;
                            sent += n;
                        }
                        case "SENT" -> sent += n;
                        case "FAILED" -> failed.merge(String.valueOf(c[3]), n, Integer::sum);
                        default -> queued += n;
                    }
                }
            }
        }
        var now = ts(clock.instant());
        var waiting = jdbc.sql("""
                select count(*), min(not_before) from campaigns_recipient
                where workspace_id = ? and campaign_id = ? and state = 'PENDING' and not_before > ?""")
                .params(ws.value(), id.value(), now)
                .query((rs, n) -> new Object[] {rs.getInt(1), instant(rs, 2)})
                .single();
        return new CampaignStats(
                total, pending, queued, sent, delivered, read, replied, skipped, failed, (int) waiting[0], (Instant)
                        waiting[1]);
    }

    private static final String SELECT = """
            select c.id, c.name, c.channel_id, c.template_name, c.template_lang, c.parameters, c.status, c.pause_reason,
                c.scheduled_at, c.launched_at, c.finished_at, c.created_at, c.workspace_id, c.audience,
                c.prepared_upto, c.prepared, c.window_start, c.window_end,
                (select count(*) from campaigns_recipient r where r.campaign_id = c.id) as recipients
            from campaigns_campaign c""";

    private static Row row(ResultSet rs, int n) throws SQLException {
        var campaign = new Campaign(
                new CampaignId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                new ChannelId(rs.getObject("channel_id", UUID.class)),
                rs.getString("template_name"),
                rs.getString("template_lang"),
                JSON.readValue(rs.getString("parameters"), PARAMETERS),
                CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("pause_reason"),
                instant(rs, "scheduled_at"),
                instant(rs, "launched_at"),
                instant(rs, "finished_at"),
                rs.getInt("recipients"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("window_start") == null
                        ? null
                        : new SendWindow(
                                LocalTime.parse(rs.getString("window_start")),
                                LocalTime.parse(rs.getString("window_end"))));
        return new Row(
                campaign,
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("audience"),
                rs.getInt("prepared_upto"),
                rs.getBoolean("prepared"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}

package io.switchboard.inbox.internal;

import static io.switchboard.inbox.internal.Db.instant;
import static io.switchboard.inbox.internal.Db.ts;
import static io.switchboard.inbox.internal.Db.uuid;

import io.switchboard.channels.ChannelId;
import io.switchboard.inbox.AssignmentStrategy;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-agent capacity, presence heartbeat and round-robin turn; automatic assignment rules per channel. */
@Repository
public class AgentStore {
    /** An agent's row; {@code capacity} is null when the agent never had a row (the default applies). */
    public record AgentRow(
            UserId userId,
            int capacity,
            boolean available,
            @Nullable Instant lastSeenAt,
            long assignedTurn) {}

    /** A channel's automatic assignment rule. */
    public record Rule(ChannelId channelId, TeamId teamId, AssignmentStrategy strategy) {}

    // merge, not "on conflict do update": H2 has only the former (build notes).
    static final String UPSERT = """
            merge into inbox_agent a
            using (values (cast(:workspace as uuid), cast(:user as uuid))) as s(workspace_id, user_id)
               on a.workspace_id = s.workspace_id and a.user_id = s.user_id
             when matched then update set capacity = coalesce(cast(:capacity as integer), a.capacity),
                  available = coalesce(cast(:available as boolean), a.available),
                  last_seen_at = coalesce(cast(:seen as timestamp with time zone), a.last_seen_at),
                  assigned_turn = coalesce(cast(:turn as bigint), a.assigned_turn)
             when not matched then insert (workspace_id, user_id, capacity, available, last_seen_at, assigned_turn)
                  values (s.workspace_id, s.user_id, coalesce(cast(:capacity as integer), :defaultCapacity),
                          coalesce(cast(:available as boolean), false), cast(:seen as timestamp with time zone),
                          coalesce(cast(:turn as bigint), 0))""";
    static final String NEXT_TURN = """
            select coalesce(max(assigned_turn), 0) + 1 from inbox_agent where workspace_id = :workspace""";
    static final String AGENTS = """
            select user_id, capacity, available, last_seen_at, assigned_turn from inbox_agent
             where workspace_id = :workspace""";
    static final String LOAD = """
            select assignee_id, count(*) as open_count from inbox_conversation
             where workspace_id = :workspace and assignee_id is not null and status in ('OPEN', 'PENDING')
             group by assignee_id""";
    static final String SET_RULE = """
            merge into inbox_auto_assignment r
            using (values (cast(:workspace as uuid), cast(:channel as uuid))) as s(workspace_id, channel_id)
               on r.workspace_id = s.workspace_id and r.channel_id = s.channel_id
             when matched then update set team_id = :team, strategy = :strategy, updated_at = :now
             when not matched then insert (workspace_id, channel_id, team_id, strategy, updated_at)
                  values (s.workspace_id, s.channel_id, :team, :strategy, :now)""";
    static final String DELETE_RULE = """
            delete from inbox_auto_assignment where workspace_id = :workspace and channel_id = :channel""";
    // for update: two inbound messages on one number must not both pick the same "next" agent.
    static final String LOCK_RULE = """
            select channel_id, team_id, strategy from inbox_auto_assignment
             where workspace_id = :workspace and channel_id = :channel for update""";
    static final String RULES = """
            select channel_id, team_id, strategy from inbox_auto_assignment where workspace_id = :workspace""";

    private final JdbcClient jdbc;
    private final InboxSettings settings;

    AgentStore(JdbcClient jdbc, InboxSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public void update(
            WorkspaceId workspace,
            UserId user,
            @Nullable Integer capacity,
            @Nullable Boolean available,
            @Nullable Instant seen,
            @Nullable Long turn) {
        jdbc.sql(UPSERT)
                .param("workspace", workspace.value())
                .param("user", user.value())
                .param("capacity", capacity)
                .param("available", available)
                .param("seen", ts(seen))
                .param("turn", turn)
                .param("defaultCapacity", settings.defaultCapacity())
                .update();
    }

    /** The next round-robin turn number of this workspace. */
    public long nextTurn(WorkspaceId workspace) {
        return jdbc.sql(NEXT_TURN)
                .param("workspace", workspace.value())
                .query(Long.class)
                .single();
    }

    public Map<UserId, AgentRow> agents(WorkspaceId workspace) {
        var rows = new HashMap<UserId, AgentRow>();
        jdbc.sql(AGENTS)
                .param("workspace", workspace.value())
                .query((rs, n) -> new AgentRow(
                        new UserId(uuid(rs, "user_id")),
                        rs.getInt("capacity"),
                        rs.getBoolean("available"),
                        instant(rs, "last_seen_at"),
                        rs.getLong("assigned_turn")))
                .list()
                .forEach(r -> rows.put(r.userId(), r));
        return rows;
    }

    public Map<UserId, Integer> load(WorkspaceId workspace) {
        var load = new HashMap<UserId, Integer>();
        jdbc.sql(LOAD)
                .param("workspace", workspace.value())
                .query((rs, n) -> Map.entry(new UserId(uuid(rs, "assignee_id")), rs.getInt("open_count")))
                .list()
                .forEach(e -> load.put(e.getKey(), e.getValue()));
        return load;
    }

    public void setRule(
            WorkspaceId workspace, ChannelId channel, @Nullable TeamId team, AssignmentStrategy strategy, Instant now) {
        if (team == null) {
            jdbc.sql(DELETE_RULE)
                    .param("workspace", workspace.value())
                    .param("channel", channel.value())
                    .update();
            return;
        }
        jdbc.sql(SET_RULE)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .param("team", team.value())
                .param("strategy", strategy.name())
                .param("now", ts(now))
                .update();
    }

    public Optional<Rule> lockRule(WorkspaceId workspace, ChannelId channel) {
        return jdbc.sql(LOCK_RULE)
                .param("workspace", workspace.value())
                .param("channel", channel.value())
                .query((rs, n) -> rule(rs))
                .optional();
    }

    public List<Rule> rules(WorkspaceId workspace) {
        return jdbc.sql(RULES)
                .param("workspace", workspace.value())
                .query((rs, n) -> rule(rs))
                .list();
    }

    private static Rule rule(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rule(
                new ChannelId(uuid(rs, "channel_id")),
                new TeamId(uuid(rs, "team_id")),
                AssignmentStrategy.valueOf(rs.getString("strategy")));
    }
}

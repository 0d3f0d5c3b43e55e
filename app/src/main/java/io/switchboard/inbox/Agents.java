package io.switchboard.inbox;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.inbox.internal.AgentStore;
import io.switchboard.inbox.internal.PresencePolicy;
import io.switchboard.workspace.Member;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.TeamManagement;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Presence, capacity and automatic assignment rules. Every method is scoped to one workspace. */
@Service
public class Agents {
    private final AgentStore agents;
    private final PresencePolicy presence;
    private final UserManagement users;
    private final TeamManagement teams;
    private final ChannelManagement channels;
    private final Clock clock;

    Agents(
            AgentStore agents,
            PresencePolicy presence,
            UserManagement users,
            TeamManagement teams,
            ChannelManagement channels,
            Clock clock) {
        this.agents = agents;
        this.presence = presence;
        this.users = users;
        this.teams = teams;
        this.channels = channels;
        this.clock = clock;
    }

    /** The workspace's active members with capacity, presence and load. */
    @Transactional(readOnly = true)
    public List<AgentState> agents(WorkspaceId workspace) {
        var rows = agents.agents(workspace);
        var load = agents.load(workspace);
        var now = clock.instant();
        return users.members(workspace).stream()
                .filter(Member::active)
                .map(m -> {
                    var row = rows.get(m.userId());
                    var capacity = row == null ? presence.defaultCapacity() : row.capacity();
                    var available = row != null && row.available();
                    var online = row != null && presence.online(row, now);
                    return new AgentState(
                            m.userId(), m.displayName(), capacity, available, online, load.getOrDefault(m.userId(), 0));
                })
                .toList();
    }

    /**
     * Sets capacity and/or availability (null leaves it).
     *
     * @throws InboxException NOT_FOUND if the user is not a member; INVALID for a capacity below 0 or above 1000
     */
    @Transactional
    public AgentState update(
            WorkspaceId workspace, UserId user, @Nullable Integer capacity, @Nullable Boolean available) {
        if (capacity != null && (capacity < 0 || capacity > 1000)) {
            throw InboxException.invalid("capacity-invalid", "Capacity is a number from 0 to 1000.");
        }
        requireMember(workspace, user);
        agents.update(workspace, user, capacity, available, null, null);
        return agents(workspace).stream()
                .filter(a -> a.userId().equals(user))
                .findFirst()
                .orElseThrow(() -> InboxException.notFound("member"));
    }

    /** An open inbox page of this user is alive (SSE heartbeat); any node's assignment reads this row. */
    @Transactional
    public void heartbeat(WorkspaceId workspace, UserId user) {
        agents.update(workspace, user, null, null, clock.instant(), null);
    }

    @Transactional(readOnly = true)
    public List<AutoAssignmentRule> rules(WorkspaceId workspace) {
        return agents.rules(workspace).stream()
                .map(r -> new AutoAssignmentRule(r.channelId(), r.teamId(), r.strategy()))
                .toList();
    }

    /**
     * Routes new conversations on the number to a team (null team: no automatic assignment).
     *
     * @throws InboxException NOT_FOUND if the channel or the team is not in this workspace
     */
    @Transactional
    public void route(WorkspaceId workspace, ChannelId channel, @Nullable TeamId team, AssignmentStrategy strategy) {
        try {
            channels.channel(workspace, channel);
            if (team != null) {
                teams.team(workspace, team);
            }
        } catch (RuntimeException unknown) {
            throw InboxException.notFound("channel-or-team");
        }
        agents.setRule(workspace, channel, team, strategy, clock.instant());
    }

    private void requireMember(WorkspaceId workspace, UserId user) {
        try {
            users.member(workspace, user);
        } catch (RuntimeException unknown) {
            throw InboxException.notFound("member");
        }
    }
}

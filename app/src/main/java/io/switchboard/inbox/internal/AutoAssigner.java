package io.switchboard.inbox.internal;

import io.switchboard.inbox.Conversation;
import io.switchboard.inbox.ConversationAssigned;
import io.switchboard.inbox.ConversationUpdated;
import io.switchboard.workspace.Member;
import io.switchboard.workspace.TeamManagement;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceException;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.HashSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Assigns a new or reopened unassigned conversation by its channel's rule: to the rule's team, and to
 * one of its active, online members with room, if any (else it waits in the team's unassigned list).
 */
@Component
public class AutoAssigner {
    private final AgentStore agents;
    private final ConversationStore conversations;
    private final TeamManagement teams;
    private final UserManagement users;
    private final InboxSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AutoAssigner(
            AgentStore agents,
            ConversationStore conversations,
            TeamManagement teams,
            UserManagement users,
            InboxSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.agents = agents;
        this.conversations = conversations;
        this.teams = teams;
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Runs in the caller's transaction. */
    public void assign(WorkspaceId workspace, Conversation conversation) {
        if (conversation.assigneeId() != null) {
            return;
        }
        var rule = agents.lockRule(workspace, conversation.channelId());
        if (rule.isEmpty()) {
            return;
        }
        var team = rule.get().teamId();
        var members = new HashSet<UserId>();
        try {
            members.addAll(teams.team(workspace, team).members());
        } catch (WorkspaceException deleted) {
            return; // the team was deleted after the rule was made: leave the conversation unassigned
        }
        var active = users.members(workspace).stream()
                .filter(Member::active)
                .map(Member::userId)
                .toList();
        members.retainAll(active);
        var now = clock.instant();
        var chosen = AssignmentPolicy.pick(
                rule.get().strategy(),
                members,
                agents.agents(workspace),
                agents.load(workspace),
                now,
                settings.presenceTimeout());
        var assignee = chosen.orElse(null);
        conversations.setAssignee(workspace, conversation.id(), assignee, team, now);
        if (assignee != null) {
            agents.update(workspace, assignee, null, null, null, agents.nextTurn(workspace));
        }
        events.publishEvent(new ConversationAssigned(workspace, conversation.id(), assignee, team, true));
        events.publishEvent(new ConversationUpdated(workspace, conversation.id(), ConversationUpdated.Change.ASSIGNED));
    }
}

package io.switchboard.inbox.internal;

import io.switchboard.inbox.ConversationAssigned;
import io.switchboard.inbox.ConversationUpdated;
import io.switchboard.workspace.MemberDeactivated;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deactivated member's unresolved conversations go back to their team's unassigned list. */
@Component
class MemberDeactivatedListener {
    private final ConversationStore conversations;
    private final AgentStore agents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberDeactivatedListener(
            ConversationStore conversations, AgentStore agents, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.agents = agents;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MemberDeactivated event) {
        var workspace = event.workspaceId();
        var now = clock.instant();
        // They can no longer sign in; a lingering "available" flag must not attract automatic assignment.
        agents.update(workspace, event.userId(), null, false, null, null);
        for (var id : conversations.assignedTo(workspace, event.userId())) {
            var conversation = conversations.find(workspace, id).orElseThrow();
            conversations.setAssignee(workspace, id, null, conversation.teamId(), now);
            events.publishEvent(new ConversationAssigned(workspace, id, null, conversation.teamId(), false));
            events.publishEvent(new ConversationUpdated(workspace, id, ConversationUpdated.Change.ASSIGNED));
        }
    }
}

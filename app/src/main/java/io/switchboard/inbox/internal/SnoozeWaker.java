package io.switchboard.inbox.internal;

import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationStatus;
import io.switchboard.inbox.ConversationUpdated;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reopens snoozed conversations whose time has come. Idempotent: a woken conversation is no longer due. */
@Component
class SnoozeWaker {
    private final ConversationStore conversations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SnoozeWaker(ConversationStore conversations, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT15S")
    @Transactional
    public void wake() {
        var now = clock.instant();
        for (var due : conversations.dueSnoozes(now)) {
            var workspace = new WorkspaceId((UUID) due[0]);
            var id = new ConversationId((UUID) due[1]);
            conversations.find(workspace, id).ifPresent(c -> {
                conversations.setStatus(workspace, c, ConversationStatus.OPEN, null, false, now);
                events.publishEvent(new ConversationUpdated(workspace, id, ConversationUpdated.Change.STATUS));
            });
        }
    }
}

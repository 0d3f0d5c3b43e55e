package io.switchboard.inbox.internal;

import io.switchboard.inbox.ConversationUpdated;
import io.switchboard.inbox.UserMentioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open browsers what changed once it is committed (a browser that refetches before the commit
 * would see the old state). Only ids and kinds travel; pages fetch what they show. A plain listener with its
 * own after-commit hook rather than a {@code @TransactionalEventListener}: those go through the event
 * registry (a row written and deleted per event), which a hint to refresh a page does not need.
 */
@Component
class LiveRelay {
    private final LiveEvents live;

    LiveRelay(LiveEvents live) {
        this.live = live;
    }

    @EventListener
    void on(ConversationUpdated event) {
        afterCommit(() -> live.publish(
                event.workspaceId(),
                "conversation",
                "{\"id\":\"%s\",\"change\":\"%s\"}".formatted(event.conversationId(), event.change()),
                null));
    }

    @EventListener
    void on(UserMentioned event) {
        afterCommit(() -> live.publish(
                event.workspaceId(), "mention", "{\"id\":\"%s\"}".formatted(event.conversationId()), event.userId()));
    }

    /** Runs after the current transaction commits (never if it rolls back), or now outside a transaction. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}

package io.switchboard.inbox.internal;

import io.switchboard.inbox.ConversationUpdated;
import io.switchboard.inbox.UserMentioned;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open browsers what changed once it is committed (a browser that refetches before the commit
 * would see the old state). Only ids and kinds travel; pages fetch what they show. A plain listener with its
 * own after-commit hook rather than a {@code @TransactionalEventListener}: those go through the event
 * registry (a row written and deleted per event), which a hint to refresh a page does not need. The events
 * of one transaction go out together after its commit, in order and each once: a webhook batch updates
 * dozens of conversations, and one notification round trip each cost more than the batch's writes.
 */
@Component
class LiveRelay {
    private final LiveEvents live;

    LiveRelay(LiveEvents live) {
        this.live = live;
    }

    @EventListener
    void on(ConversationUpdated event) {
        afterCommit(new LiveEvents.Event(
                event.workspaceId(),
                "conversation",
                "{\"id\":\"%s\",\"change\":\"%s\"}".formatted(event.conversationId(), event.change()),
                null));
    }

    @EventListener
    void on(UserMentioned event) {
        afterCommit(new LiveEvents.Event(
                event.workspaceId(), "mention", "{\"id\":\"%s\"}".formatted(event.conversationId()), event.userId()));
    }

    /** Publishes after the current transaction commits (never if it rolls back), or now outside a transaction. */
    private void afterCommit(LiveEvents.Event event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            live.publish(event.workspace(), event.name(), event.data(), event.to());
            return;
        }
        // Looked up among the transaction's synchronizations, which a REQUIRES_NEW transaction suspends: the
        // events of an inner transaction go out with its own commit.
        var pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Pending p && p.relay() == this)
                .map(Pending.class::cast)
                .findFirst()
                .orElse(null);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.events.add(event);
    }

    /** The events of one transaction, bound to it until it completes. */
    private final class Pending implements TransactionSynchronization {
        final LinkedHashSet<LiveEvents.Event> events = new LinkedHashSet<>();

        LiveRelay relay() {
            return LiveRelay.this;
        }

        @Override
        public void afterCommit() {
            live.publish(new ArrayList<>(events));
        }
    }
}

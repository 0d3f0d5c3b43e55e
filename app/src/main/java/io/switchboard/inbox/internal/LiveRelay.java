package io.switchboard.inbox.internal;

import io.switchboard.inbox.ConversationUpdated;
import io.switchboard.inbox.UserMentioned;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open browsers what changed once it is committed (a browser that refetches before the commit
 * would see the old state). Only ids and kinds travel; pages fetch what they show.
 */
@Component
class LiveRelay {
    private final LiveEvents live;

    LiveRelay(LiveEvents live) {
        this.live = live;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConversationUpdated event) {
        live.publish(
                event.workspaceId(),
                "conversation",
                "{\"id\":\"%s\",\"change\":\"%s\"}".formatted(event.conversationId(), event.change()),
                null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserMentioned event) {
        live.publish(
                event.workspaceId(), "mention", "{\"id\":\"%s\"}".formatted(event.conversationId()), event.userId());
    }
}

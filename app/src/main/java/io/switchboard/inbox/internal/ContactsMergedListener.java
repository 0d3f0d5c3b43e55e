package io.switchboard.inbox.internal;

import io.switchboard.contacts.ContactsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Two contacts became one: their conversations now belong to the kept contact. */
@Component("inboxContactsMergedListener")
class ContactsMergedListener {
    private final ConversationMoves moves;

    ContactsMergedListener(ConversationMoves moves) {
        this.moves = moves;
    }

    @ApplicationModuleListener
    void on(ContactsMerged event) {
        // Redelivered after a crash: nothing is left under the merged contact, so this is a no-op.
        moves.move(event.workspaceId(), event.kept(), event.merged(), event.occurredAt());
    }
}

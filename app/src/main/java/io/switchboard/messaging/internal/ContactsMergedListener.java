package io.switchboard.messaging.internal;

import io.switchboard.contacts.ContactsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Two contacts became one: their messages and service windows now belong to the kept contact. */
@Component("messagingContactsMergedListener")
class ContactsMergedListener {
    private final MessageMoves moves;

    ContactsMergedListener(MessageMoves moves) {
        this.moves = moves;
    }

    @ApplicationModuleListener
    void on(ContactsMerged event) {
        // Redelivered after a crash: nothing is left under the merged contact, so this is a no-op.
        moves.move(event.workspaceId(), event.kept(), event.merged());
    }
}

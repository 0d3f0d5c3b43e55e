package io.switchboard.inbox.internal;

import io.switchboard.messaging.MessageStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Ticks: a status of an outbound message refreshes its conversation in open browsers. */
@Component
class MessageStatusChangedListener {
    private final ConversationIntake intake;

    MessageStatusChangedListener(ConversationIntake intake) {
        this.intake = intake;
    }

    @ApplicationModuleListener
    void on(MessageStatusChanged event) {
        intake.outboundStatus(
                event.workspaceId(), event.contactId(), event.channelId(), event.messageId(), event.occurredAt());
    }
}

package io.switchboard.inbox.internal;

import io.switchboard.messaging.MessageStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ticks: a status of an outbound message refreshes its conversation in open browsers (in the status's transaction). */
@Component
class MessageStatusChangedListener {
    private final ConversationIntake intake;

    MessageStatusChangedListener(ConversationIntake intake) {
        this.intake = intake;
    }

    @EventListener
    void on(MessageStatusChanged event) {
        intake.outboundStatus(
                event.workspaceId(), event.contactId(), event.channelId(), event.messageId(), event.occurredAt());
    }
}

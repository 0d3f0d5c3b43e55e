package io.switchboard.inbox.internal;

import io.switchboard.messaging.InboundMessageReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Files each customer message into a conversation. */
@Component
class InboundMessageReceivedListener {
    private final ConversationIntake intake;

    InboundMessageReceivedListener(ConversationIntake intake) {
        this.intake = intake;
    }

    @ApplicationModuleListener
    void on(InboundMessageReceived event) {
        // Redelivered events find the message already linked and change nothing.
        intake.inbound(
                event.workspaceId(),
                event.contactId(),
                event.channelId(),
                event.messageId(),
                event.type(),
                event.occurredAt());
    }
}

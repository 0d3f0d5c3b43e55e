package io.switchboard.inbox.internal;

import io.switchboard.messaging.InboundMessageReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Files each customer message into a conversation, in the transaction that stores the message: the two appear
 * together, and a failure here sends the webhook event back to the worker's retry rather than losing it.
 */
@Component
class InboundMessageReceivedListener {
    private final ConversationIntake intake;

    InboundMessageReceivedListener(ConversationIntake intake) {
        this.intake = intake;
    }

    @EventListener
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

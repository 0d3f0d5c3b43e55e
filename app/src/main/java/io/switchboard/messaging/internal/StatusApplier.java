package io.switchboard.messaging.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.messaging.Direction;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.MessageStatusChanged;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Recomputes an outbound message's status from its whole history and publishes a change. Called when a
 * status arrives and when the message itself is recorded, so either order ends in the same state.
 */
@Component
public class StatusApplier {
    private final MessageStore messages;
    private final StatusStore history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatusApplier(MessageStore messages, StatusStore history, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    public void apply(WorkspaceId workspace, ChannelId channel, String providerMessageId) {
        var head = messages.lock(workspace, channel, providerMessageId).orElse(null);
        if (head == null || head.direction() == Direction.IN) {
            return;
        }
        var entries = history.entries(workspace, channel, providerMessageId);
        if (entries.isEmpty()) {
            return;
        }
        var failure = entries.stream()
                .filter(e -> "failed".equals(e.status()))
                .reduce((a, b) -> b)
                .orElse(null);
        history.firstOpaque(workspace, channel, providerMessageId)
                .ifPresent(opaque -> messages.opaque(workspace, head.id(), opaque));
        var pricing =
                history.firstPricing(workspace, channel, providerMessageId).orElse(null);
        if (pricing != null && messages.pricing(workspace, head.id(), pricing)) {
            // Once per message, whichever status brought the pricing first; billing keeps its ledger from this.
            var conversation = history.firstConversation(workspace, channel, providerMessageId)
                    .orElse(null);
            events.publishEvent(PricingJson.event(
                    workspace,
                    head,
                    channel,
                    providerMessageId,
                    pricing,
                    conversation,
                    entries.getFirst().occurredAt(),
                    messages.origin(workspace, head.id())));
        }
        var current = StatusRules.current(MessageStatus.ACCEPTED, entries);
        if (current == head.status()) {
            return;
        }
        var code = failure == null ? null : failure.errorCode();
        messages.status(
                workspace, head.id(), current, code, failure == null ? null : failure.errorTitle(), clock.instant());
        var latest = entries.getLast().occurredAt();
        events.publishEvent(new MessageStatusChanged(
                workspace, head.contactId(), channel, head.id(), providerMessageId, current, code, latest));
    }
}

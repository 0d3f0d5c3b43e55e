package io.switchboard.messaging.internal;

import io.switchboard.channels.spi.InboundMessage;
import io.switchboard.channels.spi.InboundStatus;
import io.switchboard.channels.spi.MessageContent;
import io.switchboard.channels.spi.WhatsAppInboundSink;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.messaging.Direction;
import io.switchboard.messaging.InboundMessageReceived;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Messaging's side of the inbound path: contact, message (unique per provider id), service window,
 * {@link InboundMessageReceived}. Runs in the webhook worker's transaction; a second copy of a message
 * changes nothing.
 */
@Component
class WhatsAppInbound implements WhatsAppInboundSink {
    private static final Logger log = LoggerFactory.getLogger(WhatsAppInbound.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ContactManagement contacts;
    private final MessageStore messages;
    private final StatusStore statuses;
    private final StatusApplier applier;
    private final WindowStore windows;
    private final ApplicationEventPublisher events;
    private final Reconciler reconciler;
    private final Clock clock;

    WhatsAppInbound(
            ContactManagement contacts,
            MessageStore messages,
            StatusStore statuses,
            StatusApplier applier,
            WindowStore windows,
            ApplicationEventPublisher events,
            Reconciler reconciler,
            Clock clock) {
        this.contacts = contacts;
        this.messages = messages;
        this.statuses = statuses;
        this.applier = applier;
        this.windows = windows;
        this.events = events;
        this.reconciler = reconciler;
        this.clock = clock;
    }

    @Override
    public void onMessage(InboundMessage m) {
        if (m.waId() == null && m.userId() == null) {
            log.warn(
                    "Inbound message without wa_id or user_id on channel {}; kept only in the raw webhook",
                    m.channelId());
            return;
        }
        var ws = m.workspaceId();
        var contact = contact(m);
        var error = m.errors().isEmpty() ? null : m.errors().getFirst();
        var id = MessageId.random();
        var inserted = messages.insert(new MessageStore.NewMessage(
                id,
                ws,
                m.channelId(),
                contact,
                Direction.IN,
                m.type(),
                content(m),
                m.rawJson(),
                m.providerMessageId(),
                MessageStatus.RECEIVED,
                error == null ? null : error.code(),
                error == null ? null : error.title(),
                m.context() == null ? null : m.context().messageId(),
                null,
                m.timestamp(),
                clock.instant()));
        if (!inserted) {
            return;
        }
        // A notice from WhatsApp itself is not the user writing: it does not open the service window.
        if (!(m.content() instanceof MessageContent.SystemNotice)) {
            windows.advance(ws, contact, m.channelId(), m.timestamp());
            contacts.touch(ws, contact, m.timestamp());
        }
        events.publishEvent(new InboundMessageReceived(
                ws, contact, m.channelId(), id, m.providerMessageId(), m.type(), m.timestamp()));
    }

    /** The normalized content with the reply context and the ad referral beside it, as one JSON object. */
    private static String content(InboundMessage m) {
        var node = (ObjectNode) JSON.valueToTree(m.content());
        if (m.context() != null) {
            node.set("context", JSON.valueToTree(m.context()));
        }
        if (m.referral() != null) {
            node.set("referral", JSON.valueToTree(m.referral()));
        }
        return JSON.writeValueAsString(node);
    }

    private ContactId contact(InboundMessage m) {
        var ws = m.workspaceId();
        if (m.content() instanceof MessageContent.SystemNotice notice
                && "user_changed_number".equals(notice.systemType())
                && notice.newWaId() != null) {
            if (m.waId() != null) {
                var moved = contacts.changeWhatsAppNumber(ws, m.waId(), notice.newWaId());
                if (moved.isPresent()) {
                    return moved.get();
                }
            }
            // Redelivered after the move: the contact already sits under the new number.
            return contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity(notice.newWaId(), null, null, null));
        }
        return contacts.findOrCreateByWhatsApp(
                ws, new WhatsAppIdentity(m.waId(), m.userId(), m.username(), m.profileName()));
    }

    @Override
    public void onStatus(InboundStatus s) {
        if (statuses.insert(s, clock.instant())) {
            // A status echoing an outbox id settles a send whose answer we never recorded (invariant 1).
            reconciler.onStatus(s);
            applier.apply(s.workspaceId(), s.channelId(), s.providerMessageId());
        }
    }
}

package io.switchboard.compliance.internal;

import io.switchboard.compliance.ConsentChange;
import io.switchboard.compliance.ConsentManagement;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.KeywordManagement;
import io.switchboard.messaging.InboundMessageReceived;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundMessaging;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.SendSource;
import io.switchboard.messaging.ServiceWindows;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's message that is an opt-out (or opt-in) keyword changes their marketing consent, and the
 * customer gets a confirmation in the keyword's language. The service window is open (they just wrote),
 * so the confirmation is a free-form text. The consent changes in the transaction that stores the message,
 * so no campaign can send marketing between a stored STOP and its opt-out; the confirmation goes out after
 * that commit, from the event registry (retried like any module event).
 */
@Component("complianceInboundMessageReceivedListener")
class InboundMessageReceivedListener {
    private static final Logger log = LoggerFactory.getLogger(InboundMessageReceivedListener.class);
    // Typed text and template quick replies ("Stop promotions"). Not interactive button or list replies: those
    // answer our own questions, and a "Cancel" button under an order message is no opt-out.
    private static final Set<String> WRITTEN = Set.of("text", "button");
    private final MessageManagement messages;
    private final KeywordManagement keywords;
    private final ConsentManagement consent;
    private final OutboundMessaging outbound;
    private final TransactionTemplate separately;
    private final ServiceWindows windows;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InboundMessageReceivedListener(
            MessageManagement messages,
            KeywordManagement keywords,
            ConsentManagement consent,
            OutboundMessaging outbound,
            ServiceWindows windows,
            Clock clock,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.messages = messages;
        this.keywords = keywords;
        this.consent = consent;
        this.outbound = outbound;
        this.windows = windows;
        this.clock = clock;
        this.events = events;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Asks for a confirmation once the opt-out (or opt-in) it confirms is committed. */
    record ConfirmationDue(InboundMessageReceived message, String reply) {}

    @EventListener
    void on(InboundMessageReceived event) {
        // Typed text, or a tapped reply button: marketing templates carry a "Stop promotions" quick reply.
        if (!WRITTEN.contains(event.type())) {
            return;
        }
        var ws = event.workspaceId();
        var text = messages.inboundText(ws, event.messageId()).orElse("");
        var match = keywords.match(ws, text).orElse(null);
        if (match == null) {
            return;
        }
        // The message id names the fact: a redelivered event adds no second ledger row and, by the same
        // idempotency key, no second confirmation.
        consent.record(
                ws,
                new ConsentChange(
                        event.contactId(),
                        event.channelId(),
                        ConsentPurpose.MARKETING,
                        match.state(),
                        ConsentSource.INBOUND_KEYWORD,
                        "WhatsApp " + event.type() + " message " + event.providerMessageId() + ": " + text.strip(),
                        ConsentChange.SYSTEM,
                        event.occurredAt(),
                        "inbound:" + event.messageId().value()));
        if (match.reply().isBlank()) {
            return;
        }
        events.publishEvent(new ConfirmationDue(event, match.reply()));
    }

    @ApplicationModuleListener
    void on(ConfirmationDue due) {
        confirm(due.message(), due.reply());
    }

    /**
     * In its own transaction, so that a refused send is logged and done with rather than failing the event. A
     * redelivered event finds the first confirmation by its idempotency key.
     */
    private void confirm(InboundMessageReceived event, String reply) {
        // A keyword that reaches us late (a webhook delivered after the window closed) is recorded, but no
        // confirmation is attempted: the policy would only refuse it.
        if (!windows.isOpen(event.workspaceId(), event.contactId(), event.channelId(), clock.instant())) {
            log.info("Keyword message {} is older than the service window; no confirmation", event.messageId());
            return;
        }
        try {
            var decision = separately.execute(status -> outbound.send(
                    event.workspaceId(),
                    new OutboundRequest(
                            event.contactId(),
                            event.channelId(),
                            OutboundContent.Text.of(reply),
                            SendSource.SYSTEM,
                            null,
                            "compliance-keyword-" + event.messageId().value(),
                            null)));
            if (decision != null && !decision.accepted() && decision.reason() != ReasonCode.DUPLICATE) {
                log.info("Keyword confirmation for message {} not sent: {}", event.messageId(), decision.reason());
            }
        } catch (RuntimeException e) {
            log.warn("Keyword confirmation for message {} failed; the consent change stands", event.messageId(), e);
        }
    }
}

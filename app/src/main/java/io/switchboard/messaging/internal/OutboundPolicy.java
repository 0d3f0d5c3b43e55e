package io.switchboard.messaging.internal;

import io.switchboard.channels.ChannelStatus;
import io.switchboard.channels.WhatsAppChannel;
import io.switchboard.contacts.Contact;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.messaging.spi.BudgetLookup;
import io.switchboard.messaging.spi.ConsentLookup.MarketingConsent;
import io.switchboard.messaging.spi.TemplateLookup;
import io.switchboard.workspace.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a message may go out (invariant 3): number status, template status,
 * marketing consent, number quality, service window, budget, messaging-limit quota, in that order, the
 * first that fails naming the reason. Reads only; the caller stores the decision.
 */
@Component
class OutboundPolicy {
    /** The verdict, and what the outbox needs if it sends. */
    record Verdict(ReasonCode reason, String explanation, boolean businessInitiated, Instant dueAt) {
        static Verdict block(ReasonCode reason, String explanation) {
            return new Verdict(reason, explanation, false, Instant.EPOCH);
        }
    }

    private final ServiceWindows windows;
    private final Lookups lookups;
    private final OutboxStore outbox;

    OutboundPolicy(ServiceWindows windows, Lookups lookups, OutboxStore outbox) {
        this.windows = windows;
        this.lookups = lookups;
        this.outbox = outbox;
    }

    /** The template lookup {@link #decide} asks. */
    TemplateLookup templates() {
        return lookups.templates();
    }

    Verdict decide(WorkspaceId ws, OutboundRequest request, Contact contact, WhatsAppChannel channel, Instant now) {
        return decide(ws, request, contact, channel, now, lookups.templates());
    }

    /**
     * As {@link #decide(WorkspaceId, OutboundRequest, Contact, WhatsAppChannel, Instant)}, with the templates
     * read through {@code templates} (a batch passes one that reads each template once).
     */
    Verdict decide(
            WorkspaceId ws,
            OutboundRequest request,
            Contact contact,
            WhatsAppChannel channel,
            Instant now,
            TemplateLookup templates) {
        // Meta takes a phone number as the recipient as well as a WhatsApp id (an imported list has only phones).
        if (contact.waId() == null && contact.phone() == null) {
            return Verdict.block(ReasonCode.NO_WHATSAPP_IDENTITY, "This contact has no WhatsApp number to send to.");
        }
        if (channel.status() != ChannelStatus.ACTIVE) {
            return Verdict.block(
                    ReasonCode.NUMBER_DISABLED,
                    channel.status() == ChannelStatus.DISABLED
                            ? "This WhatsApp number is disabled."
                            : "Meta refused this number's access token: enter a valid one before sending.");
        }
        var category = "SERVICE";
        if (request.content() instanceof OutboundContent.Template t) {
            var state = templates
                    .find(ws, request.channel(), t.name(), t.language())
                    .orElse(null);
            if (state != null && "PAUSED".equalsIgnoreCase(state.status())) {
                return Verdict.block(
                        ReasonCode.TEMPLATE_PAUSED,
                        "Meta paused the template " + t.name()
                                + " for low quality; it cannot be sent until it is unpaused.");
            }
            if (state == null || !"APPROVED".equalsIgnoreCase(state.status())) {
                return Verdict.block(
                        ReasonCode.TEMPLATE_NOT_APPROVED,
                        "The template " + t.name() + " (" + t.language() + ") is not approved for this number.");
            }
            category = state.category().toUpperCase(Locale.ROOT);
            if (category.equals("MARKETING")) {
                var consent = lookups.consent().marketing(ws, request.contact());
                if (consent == MarketingConsent.WITHDRAWN) {
                    return Verdict.block(ReasonCode.OPTED_OUT, "This contact opted out of marketing messages.");
                }
                if (consent != MarketingConsent.GRANTED) {
                    return Verdict.block(
                            ReasonCode.NO_MARKETING_CONSENT,
                            "This contact has not agreed to receive marketing messages.");
                }
                // A RED number sending marketing risks a lower tier or a restriction by Meta.
                if ("RED".equalsIgnoreCase(channel.qualityRating())) {
                    return Verdict.block(
                            ReasonCode.NUMBER_QUALITY_RED,
                            "This number's quality is low (red); marketing from it is held back.");
                }
            }
        }
        var open = windows.isOpen(ws, request.contact(), request.channel(), now);
        if (!open && !(request.content() instanceof OutboundContent.Template)) {
            return Verdict.block(
                    ReasonCode.OUTSIDE_SERVICE_WINDOW,
                    "The contact has not written in the last 24 hours: only an approved template can be sent.");
        }
        var send = new BudgetLookup.Send(request.channel(), request.contact(), category, open, now);
        if (!lookups.budget().withinBudget(ws, send)) {
            return Verdict.block(ReasonCode.BUDGET_EXCEEDED, "This workspace reached its messaging budget.");
        }
        if (open) {
            return new Verdict(ReasonCode.ACCEPTED, "Queued for sending.", false, now);
        }
        return quota(ws, request, channel, now);
    }

    /** Meta's messaging limit: unique recipients of business-initiated messages per portfolio per 24 h. */
    private Verdict quota(WorkspaceId ws, OutboundRequest request, WhatsAppChannel channel, Instant now) {
        var portfolio = channel.wabaId();
        var cap = Tiers.cap(channel.messagingLimitTier());
        if (cap == Long.MAX_VALUE
                || outbox.counted(ws, portfolio, request.contact(), now)
                || outbox.recipients(ws, portfolio, now) < cap) {
            return new Verdict(ReasonCode.ACCEPTED, "Queued for sending.", true, now);
        }
        var due = outbox.oldestCounted(ws, portfolio, now).orElse(now).plus(Duration.ofHours(24));
        return new Verdict(
                ReasonCode.MESSAGING_LIMIT_REACHED,
                "This number reached its limit of " + cap
                        + " new conversations in 24 hours; the message waits and goes out at " + due + ".",
                true,
                due);
    }
}

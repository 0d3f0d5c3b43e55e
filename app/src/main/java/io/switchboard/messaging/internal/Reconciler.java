package io.switchboard.messaging.internal;

import io.switchboard.channels.WebhookBacklog;
import io.switchboard.channels.spi.InboundStatus;
import io.switchboard.messaging.MessageStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invariant 1 after a crash: an outbox row left SENDING is not sent again while its outcome can still be
 * learnt. If Meta got it, its status webhooks echo the outbox id as {@code biz_opaque_callback_data} and the
 * row takes that wamid. If none comes within the grace, counted from the send or from this node's start
 * (Meta retries webhooks it could not deliver while we were down), and no webhook for the number waits
 * unread in our own queue, the request never reached Meta as far as anyone can tell: by default it is resent once (same outbox id, so a late status still settles it); with
 * {@code unconfirmed=FAIL}, or on a second interrupted attempt, it becomes FAILED_UNKNOWN for a person.
 */
@Component
class Reconciler {
    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private final OutboxStore outbox;
    private final StatusStore statuses;
    private final Delivery delivery;
    private final OutboundSettings settings;
    private final WebhookBacklog backlog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Instant startedAt;

    Reconciler(
            OutboxStore outbox,
            StatusStore statuses,
            Delivery delivery,
            OutboundSettings settings,
            WebhookBacklog backlog,
            TransactionTemplate transactions,
            Clock clock) {
        this.outbox = outbox;
        this.statuses = statuses;
        this.delivery = delivery;
        this.settings = settings;
        this.backlog = backlog;
        this.transactions = transactions;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** Settles rows SENDING for longer than any live send takes; @return how many were settled */
    int run() {
        var now = clock.instant();
        var settled = 0;
        for (var row : transactions.execute(s -> outbox.abandoned(now.minus(settings.inFlightTimeout())))) {
            var done = transactions.execute(s -> {
                var wamid = statuses.providerIdByOpaque(
                        row.workspace(), row.channel(), row.id().toString());
                if (wamid.isPresent()) {
                    delivery.accepted(row, wamid.get());
                    return true;
                }
                var sendingAt = row.sendingAt() == null ? now : row.sendingAt();
                var waitingSince = sendingAt.isAfter(startedAt) ? sendingAt : startedAt;
                if (!waitingSince.plus(settings.reconcileGrace()).isBefore(now)
                        || backlog.pending(row.workspace(), row.channel())) {
                    // A status may still come, or sit among the webhooks received but not read yet.
                    return false;
                }
                if (settings.unconfirmed() == OutboundSettings.Unconfirmed.RESEND && row.resends() == 0) {
                    log.warn(
                            "Outbox row {} sent at {} has no status from Meta since; resending it once",
                            row.id(),
                            sendingAt);
                    return outbox.resend(row.workspace(), row.id(), now);
                }
                log.warn(
                        "Outbox row {} sent at {} has no status from Meta; marked FAILED_UNKNOWN", row.id(), sendingAt);
                delivery.fail(
                        row,
                        "FAILED_UNKNOWN",
                        MessageStatus.FAILED_UNKNOWN,
                        null,
                        "No answer and no status from Meta: the message may or may not have been delivered.");
                return true;
            });
            settled += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return settled;
    }

    /** A status that echoes an outbox id settles that row at once (runs in the webhook's transaction). */
    void onStatus(InboundStatus status) {
        var opaque = status.bizOpaqueCallbackData();
        if (opaque == null || opaque.length() != 36) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(opaque);
        } catch (IllegalArgumentException e) {
            return;
        }
        outbox.inDoubt(status.workspaceId(), status.channelId(), id)
                .ifPresent(row -> delivery.accepted(row, status.providerMessageId()));
    }
}

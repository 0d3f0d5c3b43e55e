package io.switchboard.messaging.internal;

import io.switchboard.channels.whatsapp.client.RetryPolicy;
import io.switchboard.channels.whatsapp.client.SendResult;
import io.switchboard.messaging.MessageStatus;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Records what became of one send: wamid, retry, failure, or "in doubt" for the reconciler. */
@Component
class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    private final OutboxStore outbox;
    private final OutboundRows messages;
    private final StatusApplier statuses;
    private final LeaseStore leases;
    private final OutboundSettings settings;
    private final RetryPolicy retries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Delivery(
            OutboxStore outbox,
            OutboundRows messages,
            StatusApplier statuses,
            LeaseStore leases,
            OutboundSettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.statuses = statuses;
        this.leases = leases;
        this.settings = settings;
        this.retries = new RetryPolicy(
                settings.retryMaxAttempts(),
                settings.retryInitialDelay(),
                settings.retryMaxDelay(),
                0.5,
                java.time.Duration.ofSeconds(1));
        this.transactions = transactions;
        this.clock = clock;
    }

    void record(OutboxStore.Row row, SendResult result) {
        transactions.executeWithoutResult(s -> {
            switch (result) {
                case SendResult.Accepted a -> accepted(row, a.wamid());
                case SendResult.Invalid i ->
                    fail(
                            row,
                            "FAILED",
                            MessageStatus.FAILED,
                            null,
                            i.violations().toString());
                case SendResult.Failed f -> failed(row, f);
            }
        });
    }

    /** Meta took the message (by the HTTP answer or by a status echoing the outbox id). Idempotent. */
    void accepted(OutboxStore.Row row, String wamid) {
        var now = clock.instant();
        if (outbox.sent(row.workspace(), row.id(), wamid, now)) {
            messages.accepted(row.workspace(), row.message(), wamid, row.id().toString(), now);
            // Statuses may have come before we knew the wamid; they are applied now.
            statuses.apply(row.workspace(), row.channel(), wamid);
        }
    }

    private void failed(OutboxStore.Row row, SendResult.Failed f) {
        var now = clock.instant();
        var error = f.error();
        switch (f.errorClass()) {
            case RETRYABLE -> {
                if (error.httpStatus() == 0) {
                    // No answer: Meta may have accepted it. Resending could deliver it twice (invariant 1), so
                    // the row stays SENDING and the reconciler waits for a status carrying its outbox id.
                    log.warn("No answer for outbox row {}; left for reconciliation", row.id());
                    return;
                }
                var delay = retries.delayAfter(row.attempts() + 1, error, f.errorClass());
                if (delay.isPresent()) {
                    outbox.requeue(
                            row.workspace(),
                            row.id(),
                            now.plus(delay.get()),
                            error.code(),
                            title(error.message()),
                            now);
                } else {
                    fail(row, "FAILED", MessageStatus.FAILED, error.code(), error.message());
                }
            }
            case CHANNEL_DISABLING -> {
                // The channel itself is broken (token, account, billing): hold all its sends, lose none.
                var until = now.plus(settings.channelPause());
                log.warn(
                        "Meta refused channel {} ({}); pausing its outbox until {}",
                        row.channel(),
                        error.summary(),
                        until);
                leases.pause(row.workspace(), row.channel(), until);
                outbox.requeue(row.workspace(), row.id(), until, error.code(), title(error.message()), now);
            }
            case PERMANENT, OUTSIDE_WINDOW, WAIT_24H ->
                fail(row, "FAILED", MessageStatus.FAILED, error.code(), error.message());
        }
    }

    void fail(OutboxStore.Row row, String state, MessageStatus status, @Nullable Integer code, @Nullable String title) {
        var now = clock.instant();
        if (outbox.finish(row.workspace(), row.id(), state, code, title(title), now)) {
            messages.finish(row.workspace(), row.message(), status, code, title(title), now);
        }
    }

    private static @Nullable String title(@Nullable String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}

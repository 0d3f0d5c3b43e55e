package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Faults;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.MessageRecord;
import io.switchboard.sandbox.state.SandboxClock;
import io.switchboard.sandbox.state.Stats;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves accepted messages through their statuses and emits a status webhook for each step: sent at
 * once, delivered after the configured delay (reactions get only sent, as at Meta), read when the
 * customer reads; or failed with the error that the send revealed.
 */
final class StatusEmitter {
    /** Why an accepted message fails: Meta's code and {@code error_data.details}. */
    record Failure(int code, String details) {}

    private final Events events;
    private final SandboxClock clock;
    private final ScheduledExecutorService scheduler;
    private final Faults faults;
    private final Stats stats;
    private final Pricing pricing;
    private final Duration deliveredDelay;

    StatusEmitter(
            Events events,
            SandboxClock clock,
            ScheduledExecutorService scheduler,
            Faults faults,
            Stats stats,
            Pricing pricing,
            Duration deliveredDelay) {
        this.events = events;
        this.clock = clock;
        this.scheduler = scheduler;
        this.faults = faults;
        this.stats = stats;
        this.pricing = pricing;
        this.deliveredDelay = deliveredDelay;
    }

    void accepted(BusinessNumber number, MessageRecord message, @Nullable Failure failure) {
        scheduler.execute(() -> {
            if (failure != null) {
                failed(number, message, failure);
                return;
            }
            if (!message.advance("sent", clock.now())) {
                return;
            }
            events.toNumber(number, "messages", status(number, message, "sent"));
            if (!message.type().equals("reaction")) {
                // With the reorder fault, delivered joins sent's batch so the dispatcher can swap them.
                var delay = faults.get().reorderWebhooks() ? 0 : deliveredDelay.toMillis();
                scheduler.schedule(() -> delivered(number, message), delay, TimeUnit.MILLISECONDS);
            }
        });
    }

    void read(BusinessNumber number, MessageRecord message) {
        if (message.advance("read", clock.now())) {
            events.toNumber(number, "messages", status(number, message, "read"));
        }
    }

    private void delivered(BusinessNumber number, MessageRecord message) {
        if (message.advance("delivered", clock.now())) {
            events.toNumber(number, "messages", status(number, message, "delivered"));
        }
    }

    private void failed(BusinessNumber number, MessageRecord message, Failure failure) {
        if (!message.fail(failure.code(), GraphErrors.title(failure.code()), clock.now())) {
            return;
        }
        stats.failed(number.phoneNumberId(), failure.code());
        var value = status(number, message, "failed");
        var status = (ObjectNode) value.get("statuses").get(0);
        status.putArray("errors").add(Payloads.error(failure.code(), failure.details()));
        events.toNumber(number, "messages", value);
    }

    private ObjectNode status(BusinessNumber number, MessageRecord message, String name) {
        var value = Payloads.messagesValue(number);
        var status = value.putArray("statuses")
                .addObject()
                .put("id", message.wamid())
                .put("status", name)
                .put("timestamp", String.valueOf(clock.epochSecond()))
                .put("recipient_id", message.waId());
        if (!name.equals("failed")) {
            status.put("recipient_user_id", Ids.bsuid(number.businessId(), message.waId()));
        }
        if (message.bizOpaqueCallbackData() != null) {
            status.put("biz_opaque_callback_data", message.bizOpaqueCallbackData());
        }
        if (name.equals("sent") || name.equals("delivered")) {
            pricing.addTo(status, message, name.equals("sent"));
        }
        return value;
    }
}

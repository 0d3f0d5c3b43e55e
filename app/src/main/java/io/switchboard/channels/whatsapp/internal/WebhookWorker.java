package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.internal.WhatsAppSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes stored webhooks: claims due events with {@code FOR UPDATE SKIP LOCKED} (several nodes share
 * the queue), then handles each in its own transaction. A failure rolls that event back and schedules a
 * retry with exponential backoff capped at an hour; events are never dropped.
 */
@Component
public class WebhookWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private final WebhookEventStore events;
    private final WebhookProcessor processor;
    private final TransactionTemplate transactions;
    private final WhatsAppSettings settings;
    private final Clock clock;
    private final WorkerLoop loop;

    WebhookWorker(
            WebhookEventStore events,
            WebhookProcessor processor,
            TransactionTemplate transactions,
            WhatsAppSettings settings,
            Clock clock) {
        this.events = events;
        this.processor = processor;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.loop = new WorkerLoop("whatsapp-webhook-worker", this::drainOnce, settings.workerPollInterval());
    }

    public void wake() {
        loop.wake();
    }

    /** Claims and processes one batch; returns how many events it claimed. Safe to call from several threads. */
    public int drainOnce() {
        var now = clock.instant();
        var claimed = transactions.execute(
                status -> events.claim(settings.workerBatchSize(), now, now.plus(settings.workerLease())));
        if (claimed == null) {
            return 0;
        }
        for (var id : claimed) {
            process(id);
        }
        return claimed.size();
    }

    private void process(UUID id) {
        try {
            transactions.executeWithoutResult(status -> events.load(id).ifPresent(event -> {
                processor.process(event);
                events.done(id, clock.instant());
            }));
        } catch (RuntimeException e) {
            var attempts = transactions.execute(s ->
                    events.load(id).map(WebhookEventStore.Claimed::attempts).orElse(1));
            var backoff = backoff(attempts == null ? 1 : attempts);
            log.warn("Webhook event {} failed (attempt {}); retrying in {}", id, attempts, backoff, e);
            transactions.executeWithoutResult(s -> events.failed(
                    id, clock.instant().plus(backoff), e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    static Duration backoff(int attempts) {
        var seconds = Math.min(MAX_BACKOFF.toSeconds(), 5L << Math.min(attempts - 1, 20));
        return Duration.ofSeconds(seconds);
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}

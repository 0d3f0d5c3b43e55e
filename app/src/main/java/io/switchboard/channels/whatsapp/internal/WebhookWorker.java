package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.internal.WhatsAppSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes stored webhooks: claims due events with {@code FOR UPDATE SKIP LOCKED} and handles a claimed
 * batch in one transaction, so that a busy queue costs one commit per batch instead of one per event. If
 * the batch fails, each of its events is processed again in its own transaction, so a poison event rolls
 * back only itself and is retried with exponential backoff capped at an hour; events are never dropped.
 * Several loops drain the queue on PostgreSQL, each its own lanes (one customer's events are in one lane, see
 * {@link WebhookLanes}, so two loops never lock that customer's rows in opposite orders); one on H2, whose
 * SKIP LOCKED does not let concurrent claims pass each other.
 */
@Component
public class WebhookWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** About fifty one-message webhooks, or one webhook of a few dozen statuses. */
    static final int GROUP_CHARS = 48_000;

    private final WebhookEventStore events;
    private final WebhookProcessor processor;
    private final TransactionTemplate transactions;
    private final WhatsAppSettings settings;
    private final DataSource dataSource;
    private final Clock clock;
    private final List<WorkerLoop> loops = new ArrayList<>();

    WebhookWorker(
            WebhookEventStore events,
            WebhookProcessor processor,
            TransactionTemplate transactions,
            WhatsAppSettings settings,
            DataSource dataSource,
            Clock clock) {
        this.events = events;
        this.processor = processor;
        this.transactions = transactions;
        this.settings = settings;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Called after an intake commit: every idle loop looks at the queue. */
    public void wake() {
        for (var loop : loops) {
            loop.wake();
        }
    }

    /** How many loops drain the queue on this node. */
    public int loops() {
        return loops.size();
    }

    /** Claims and processes one batch of any lane; returns how many events it claimed. Thread-safe. */
    public int drainOnce() {
        return drainOnce(0, 1);
    }

    /** Claims and processes one batch from the lanes of loop {@code loop} of {@code loops}. */
    int drainOnce(int loop, int loops) {
        var now = clock.instant();
        var claimed = transactions.execute(
                status -> events.claim(settings.workerBatchSize(), now, now.plus(settings.workerLease()), loop, loops));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        for (var group : groups(claimed)) {
            if (group.size() == 1 || !processTogether(group)) {
                group.forEach(this::processAlone);
            }
        }
        return claimed.size();
    }

    /**
     * Splits a claimed batch into transactions of at most {@link #GROUP_CHARS} characters of webhook: one
     * webhook may carry a hundred statuses, and a transaction over thousands of rows holds their locks long
     * enough to stall the other loops.
     */
    static List<List<WebhookEventStore.Claimed>> groups(List<WebhookEventStore.Claimed> batch) {
        var groups = new ArrayList<List<WebhookEventStore.Claimed>>();
        var current = new ArrayList<WebhookEventStore.Claimed>();
        var chars = 0;
        for (var event : batch) {
            if (!current.isEmpty() && chars + event.body().length() > GROUP_CHARS) {
                groups.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(event);
            chars += event.body().length();
        }
        groups.add(current);
        return groups;
    }

    private boolean processTogether(List<WebhookEventStore.Claimed> batch) {
        try {
            transactions.executeWithoutResult(status -> {
                batch.forEach(processor::process);
                events.done(batch.stream().map(WebhookEventStore.Claimed::id).toList(), clock.instant());
            });
            return true;
        } catch (RuntimeException e) {
            // Nothing of the batch was committed; the one-by-one pass finds which event is at fault.
            log.debug("A batch of {} webhook events failed; processing them one by one", batch.size(), e);
            return false;
        }
    }

    private void processAlone(WebhookEventStore.Claimed event) {
        try {
            transactions.executeWithoutResult(status -> {
                processor.process(event);
                events.done(event.id(), clock.instant());
            });
        } catch (RuntimeException e) {
            var backoff = backoff(event.attempts());
            log.warn("Webhook event {} failed (attempt {}); retrying in {}", event.id(), event.attempts(), backoff, e);
            transactions.executeWithoutResult(s -> events.failed(
                    event.id(), clock.instant().plus(backoff), e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    static Duration backoff(int attempts) {
        var seconds = Math.min(MAX_BACKOFF.toSeconds(), 5L << Math.max(0, Math.min(attempts - 1, 20)));
        return Duration.ofSeconds(seconds);
    }

    private int concurrency() {
        if (settings.workerConcurrency() > 0) {
            return settings.workerConcurrency();
        }
        try {
            var product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
            return "PostgreSQL".equalsIgnoreCase(product) ? 4 : 1;
        } catch (org.springframework.jdbc.support.MetaDataAccessException e) {
            return 1;
        }
    }

    @Override
    public synchronized void start() {
        if (loops.isEmpty()) {
            var n = concurrency();
            for (var i = 0; i < n; i++) {
                var loop = i;
                loops.add(new WorkerLoop(
                        "whatsapp-webhook-worker-" + i, () -> drainOnce(loop, n), settings.workerPollInterval()));
            }
        }
        loops.forEach(WorkerLoop::start);
    }

    @Override
    public synchronized void stop() {
        loops.forEach(WorkerLoop::stop);
    }

    @Override
    public boolean isRunning() {
        return !loops.isEmpty() && loops.getFirst().isRunning();
    }
}

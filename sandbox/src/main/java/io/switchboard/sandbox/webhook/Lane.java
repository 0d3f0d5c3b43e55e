package io.switchboard.sandbox.webhook;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Faults;
import io.switchboard.sandbox.state.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One callback's queue with at most one worker. A batch whose POST fails is retried later with
 * exponential backoff while other events go on; events with the same order key (a message's statuses)
 * are held back until the earlier batch is delivered or abandoned after the last attempt. {@link #clear()}
 * also forgets what the worker already took from the queue: every batch carries the generation it was taken
 * in, and a batch from before the last clear is neither posted, counted nor retried.
 */
final class Lane {
    private static final Logger log = LoggerFactory.getLogger(Lane.class);
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    record Pending(
            String phoneNumberId,
            String wabaId,
            String field,
            ObjectNode value,
            @Nullable String orderKey,
            long enqueuedNanos) {}

    private record Retry(List<Pending> batch, int attempt, long dueNanos, long generation) {}

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean working = new AtomicBoolean();
    private final PriorityQueue<Retry> retries =
            new PriorityQueue<>((a, b) -> Long.compare(a.dueNanos(), b.dueNanos()));
    private final Map<String, List<Pending>> held = new HashMap<>();
    private final LaneContext context;
    private final Delivery delivery;
    // Held for a whole delivery attempt (POST, counters, retry scheduling), so that clear() can wait it out.
    private final ReentrantLock attempting = new ReentrantLock();
    private long generation;

    Lane(LaneContext context) {
        this.context = context;
        this.delivery = new Delivery(context);
    }

    void offer(Pending pending) {
        queue.add(pending);
    }

    /** True if the caller must start a worker for this lane. */
    boolean claimWorker() {
        return working.compareAndSet(false, true);
    }

    /** Forgets queued, held and pending-retry events; returns once no earlier delivery is under way. */
    void clear() {
        synchronized (this) {
            generation++;
            queue.clear();
            retries.clear();
            held.clear();
        }
        // A POST already on the wire cannot be recalled: wait for it, so nothing of before lands after.
        attempting.lock();
        attempting.unlock();
    }

    private synchronized long generation() {
        return generation;
    }

    int size() {
        return queue.size();
    }

    void run() {
        try {
            while (true) {
                runDueRetries();
                var waitNanos = nextRetryNanos();
                var first = waitNanos > 0 ? queue.poll(waitNanos, TimeUnit.NANOSECONDS) : queue.poll();
                if (first == null) {
                    if (hasRetries()) {
                        continue;
                    }
                    working.set(false);
                    // An event offered after poll() but before the flag dropped has nobody else to send it.
                    if (queue.isEmpty() || !working.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                var taken = generation();
                var windowNanos =
                        context.settings().batchWindow().toNanos() - (System.nanoTime() - first.enqueuedNanos());
                if (windowNanos > 0) {
                    TimeUnit.NANOSECONDS.sleep(windowNanos);
                }
                var batch = new ArrayList<Pending>();
                batch.add(first);
                queue.drainTo(batch, context.settings().maxBatchSize() - 1);
                send(withoutHeld(batch), 1, taken);
            }
        } catch (InterruptedException e) {
            working.set(false);
            Thread.currentThread().interrupt();
        }
    }

    private synchronized List<Pending> withoutHeld(List<Pending> batch) {
        var free = new ArrayList<Pending>();
        for (var event : batch) {
            var waiting = event.orderKey() == null ? null : held.get(event.orderKey());
            if (waiting != null) {
                waiting.add(event);
            } else {
                free.add(event);
            }
        }
        return free;
    }

    private void send(List<Pending> batch, int attempt, long taken) throws InterruptedException {
        attempting.lock();
        try {
            if (!batch.isEmpty() && taken == generation()) {
                attempt(batch, attempt, taken);
            }
        } finally {
            attempting.unlock();
        }
    }

    private void attempt(List<Pending> batch, int attempt, long taken) throws InterruptedException {
        var faults = context.faults().get();
        if (attempt == 1 && faults.reorderWebhooks() && batch.size() > 1) {
            for (var event : batch.reversed()) {
                send(List.of(event), 1, taken);
            }
            return;
        }
        if (attempt > 1) {
            context.stats().webhook("retried");
        }
        var dropped = attempt == 1 && Faults.roll(faults.dropWebhookRate());
        if (dropped) {
            context.stats().webhook("dropped");
        }
        if (!dropped && delivery.post(batch)) {
            release(batch, taken);
            return;
        }
        if (!dropped) {
            context.stats().webhook("failed");
        }
        if (attempt >= context.settings().maxAttempts()) {
            context.stats().webhook("abandoned");
            log.warn("Gave up on a webhook batch of {} events after {} attempts", batch.size(), attempt);
            release(batch, taken);
            return;
        }
        synchronized (this) {
            if (taken != generation) {
                return;
            }
            for (var event : batch) {
                if (event.orderKey() != null) {
                    held.putIfAbsent(event.orderKey(), new ArrayList<>());
                }
            }
            retries.add(new Retry(batch, attempt + 1, System.nanoTime() + backoffNanos(attempt), taken));
        }
    }

    /** Sends what waited behind the batch, in the order it arrived. */
    private void release(List<Pending> batch, long taken) throws InterruptedException {
        var next = new ArrayList<Pending>();
        synchronized (this) {
            for (var event : batch) {
                var waiting = event.orderKey() == null ? null : held.remove(event.orderKey());
                if (waiting != null) {
                    next.addAll(waiting);
                }
            }
        }
        send(next, 1, taken);
    }

    private void runDueRetries() throws InterruptedException {
        while (true) {
            Retry due;
            synchronized (this) {
                due = retries.peek() != null && retries.peek().dueNanos() <= System.nanoTime() ? retries.poll() : null;
            }
            if (due == null) {
                return;
            }
            send(due.batch(), due.attempt(), due.generation());
        }
    }

    private synchronized boolean hasRetries() {
        return !retries.isEmpty();
    }

    private synchronized long nextRetryNanos() {
        var next = retries.peek();
        return next == null ? IDLE_NANOS : Math.max(1, next.dueNanos() - System.nanoTime());
    }

    private long backoffNanos(int failures) {
        var settings = context.settings();
        var millis = settings.initialBackoff().toMillis() * (1L << Math.min(failures - 1, 20));
        return TimeUnit.MILLISECONDS.toNanos(
                Math.min(millis, settings.maxBackoff().toMillis()));
    }

    /** One signed POST of a batch, after the verification handshake if the callback is not verified yet. */
    private record Delivery(LaneContext context) {
        boolean post(List<Pending> batch) throws InterruptedException {
            var number =
                    context.numbers().find(batch.getFirst().phoneNumberId()).orElse(null);
            if (number == null) {
                return false;
            }
            var body = Json.bytes(Envelope.of(batch, context.clock().epochSecond()));
            if (!post(number, body)) {
                return false;
            }
            context.stats().webhook("delivered");
            if (Faults.roll(context.faults().get().duplicateWebhookRate()) && post(number, body)) {
                context.stats().webhook("duplicated");
            }
            return true;
        }

        private boolean post(BusinessNumber number, byte[] body) throws InterruptedException {
            var callback = number.callbackUrl();
            if (callback == null
                    || !context.numbers().verified(number.phoneNumberId())
                            && !context.verifier().verify(number)) {
                return false;
            }
            try {
                var request = HttpRequest.newBuilder(URI.create(callback))
                        .timeout(context.settings().timeout())
                        .header("Content-Type", "application/json")
                        .header("X-Hub-Signature-256", Signer.signature(number.appSecret(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                var status = context.http()
                        .send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                return status >= 200 && status < 300;
            } catch (IOException | IllegalArgumentException e) {
                log.debug("Webhook delivery to number {} failed: {}", number.phoneNumberId(), e.toString());
                return false;
            }
        }
    }
}

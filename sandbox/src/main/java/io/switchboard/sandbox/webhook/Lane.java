package io.switchboard.sandbox.webhook;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Faults;
import io.switchboard.sandbox.state.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One callback's queue with at most one worker. A batch that fails blocks the lane while it is retried
 * with exponential backoff, which keeps per-message status order; after the last attempt it is dropped.
 */
final class Lane {
    private static final Logger log = LoggerFactory.getLogger(Lane.class);

    record Pending(String phoneNumberId, String wabaId, String field, ObjectNode value, long enqueuedNanos) {}

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean working = new AtomicBoolean();
    private final LaneContext context;

    Lane(LaneContext context) {
        this.context = context;
    }

    void offer(Pending pending) {
        queue.add(pending);
    }

    /** True if the caller must start a worker for this lane. */
    boolean claimWorker() {
        return working.compareAndSet(false, true);
    }

    void clear() {
        queue.clear();
    }

    int size() {
        return queue.size();
    }

    void run() {
        try {
            while (true) {
                var first = queue.poll();
                if (first == null) {
                    working.set(false);
                    // An event offered after poll() but before the flag dropped has nobody to send it.
                    if (queue.isEmpty() || !working.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                var waitNanos =
                        context.settings().batchWindow().toNanos() - (System.nanoTime() - first.enqueuedNanos());
                if (waitNanos > 0) {
                    TimeUnit.NANOSECONDS.sleep(waitNanos);
                }
                var batch = new ArrayList<Pending>();
                batch.add(first);
                queue.drainTo(batch, context.settings().maxBatchSize() - 1);
                deliver(batch);
            }
        } catch (InterruptedException e) {
            working.set(false);
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(List<Pending> batch) throws InterruptedException {
        var faults = context.faults().get();
        if (faults.reorderWebhooks() && batch.size() > 1) {
            for (var event : batch.reversed()) {
                deliverWithRetries(List.of(event));
            }
        } else {
            deliverWithRetries(batch);
        }
    }

    private void deliverWithRetries(List<Pending> batch) throws InterruptedException {
        var stats = context.stats();
        var body = Json.bytes(envelope(batch));
        var settings = context.settings();
        var dropFirst = Faults.roll(context.faults().get().dropWebhookRate());
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1) {
                stats.webhook("retried");
                Thread.sleep(backoff(attempt - 1));
            }
            if (attempt == 1 && dropFirst) {
                stats.webhook("dropped");
                continue;
            }
            var number =
                    context.numbers().find(batch.getFirst().phoneNumberId()).orElse(null);
            if (number == null) {
                stats.webhook("abandoned");
                return;
            }
            if (post(number, body)) {
                stats.webhook("delivered");
                if (Faults.roll(context.faults().get().duplicateWebhookRate()) && post(number, body)) {
                    stats.webhook("duplicated");
                }
                return;
            }
            stats.webhook("failed");
        }
        stats.webhook("abandoned");
        log.warn("Gave up on a webhook batch of {} events after {} attempts", batch.size(), settings.maxAttempts());
    }

    private Duration backoff(int failures) {
        var settings = context.settings();
        var millis = settings.initialBackoff().toMillis() * (1L << Math.min(failures - 1, 20));
        return Duration.ofMillis(Math.min(millis, settings.maxBackoff().toMillis()));
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

    /** Meta's envelope: one entry per WABA; non-message fields carry the entry {@code time}. */
    private ObjectNode envelope(List<Pending> batch) {
        var root = Json.object().put("object", "whatsapp_business_account");
        var entries = root.putArray("entry");
        var byEntry = new LinkedHashMap<String, ObjectNode>();
        for (var event : batch) {
            var messages = event.field().equals("messages");
            var entry = byEntry.computeIfAbsent(event.wabaId() + messages, k -> {
                var created = entries.addObject().put("id", event.wabaId());
                if (!messages) {
                    created.put("time", context.clock().epochSecond());
                }
                created.putArray("changes");
                return created;
            });
            var change = ((ArrayNode) entry.get("changes")).addObject();
            change.set("value", event.value());
            change.put("field", event.field());
        }
        return root;
    }
}

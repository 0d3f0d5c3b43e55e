package io.switchboard.sandbox.webhook;

import io.switchboard.sandbox.SandboxProperties;
import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Faults;
import io.switchboard.sandbox.state.NumberRegistry;
import io.switchboard.sandbox.state.SandboxClock;
import io.switchboard.sandbox.state.Stats;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queues webhook events and delivers them on virtual threads, never on the caller's thread. Events for
 * the same WABA and callback share a {@link Lane}: they are batched into one POST; a failed POST is retried
 * with backoff without holding up other events, but a message's later statuses wait behind it, so they
 * arrive as sent → delivered → read unless the reorder fault is on.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    private final LaneContext context;
    private volatile boolean closed;

    public WebhookDispatcher(
            NumberRegistry numbers,
            Faults faults,
            Stats stats,
            SandboxClock clock,
            CallbackVerifier verifier,
            HttpClient http,
            SandboxProperties.Webhooks settings) {
        this.context = new LaneContext(numbers, faults, stats, clock, verifier, http, settings);
    }

    /** Queues one change ({@code field} + {@code value}) for the number's WABA and callback. */
    public void publish(BusinessNumber number, String field, ObjectNode value) {
        if (closed) {
            return;
        }
        var key = number.wabaId() + " " + number.callbackUrl() + " "
                + number.appSecret().hashCode();
        var lane = lanes.computeIfAbsent(key, k -> new Lane(context));
        // Statuses of one message must not overtake each other, even while an earlier one is being retried.
        var status = value.path("statuses").path(0).path("id");
        var orderKey = status.isString() ? status.asString() : null;
        lane.offer(
                new Lane.Pending(number.phoneNumberId(), number.wabaId(), field, value, orderKey, System.nanoTime()));
        if (lane.claimWorker()) {
            var worker = Thread.ofVirtual().name("sandbox-webhooks").unstarted(() -> {
                try {
                    lane.run();
                } finally {
                    workers.remove(Thread.currentThread());
                }
            });
            workers.add(worker);
            worker.start();
        }
    }

    /** Forgets queued events that were not yet sent (for the control API's reset). */
    public void clear() {
        lanes.values().forEach(Lane::clear);
    }

    public int pending() {
        return lanes.values().stream().mapToInt(Lane::size).sum();
    }

    @Override
    public void close() {
        closed = true;
        List.copyOf(workers).forEach(Thread::interrupt);
    }
}

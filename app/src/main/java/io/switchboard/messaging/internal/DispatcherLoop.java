package io.switchboard.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs this node's {@link Dispatcher} and {@link Reconciler} on a virtual thread while the app runs. */
@Component
class DispatcherLoop implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DispatcherLoop.class);
    private final Dispatcher dispatcher;
    private final Reconciler reconciler;
    private final OutboundSettings settings;
    private final Clock clock;
    private volatile boolean running;
    private volatile Thread thread;

    DispatcherLoop(Dispatcher dispatcher, Reconciler reconciler, OutboundSettings settings, Clock clock) {
        this.dispatcher = dispatcher;
        this.reconciler = reconciler;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (settings.dispatcherEnabled()) {
            thread = Thread.ofVirtual().name("outbox-dispatcher").start(this::loop);
        }
    }

    private void loop() {
        var nextReconcile = Instant.MIN;
        while (running) {
            var worked = 0;
            try {
                worked = dispatcher.tick();
                if (clock.instant().isAfter(nextReconcile)) {
                    reconciler.run();
                    nextReconcile = clock.instant().plusSeconds(1);
                }
            } catch (RuntimeException e) {
                // The database may be briefly away; the next round tries again.
                log.warn("Outbox round failed: {}", e.toString());
            }
            if (worked == 0) {
                LockSupport.parkNanos(settings.pollInterval().toNanos());
            } else {
                // Rows are waiting for tokens: come back soon, but leave the bucket time to refill.
                LockSupport.parkNanos(20_000_000L);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        var t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(5_000);
                // Calls already made are answered and recorded; one cut off is settled by the reconciler.
                dispatcher.awaitCalls(java.time.Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

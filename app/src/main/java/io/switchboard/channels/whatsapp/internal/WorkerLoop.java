package io.switchboard.channels.whatsapp.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A queue drain loop on one virtual thread: runs {@code drain} until it reports no work, then sleeps
 * until {@link #wake()} or the poll interval (which picks up work stored by other nodes and retries).
 */
final class WorkerLoop {
    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);
    private final String name;
    private final IntSupplier drain;
    private final Duration pollInterval;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private @Nullable Thread thread;

    WorkerLoop(String name, IntSupplier drain, Duration pollInterval) {
        this.name = name;
        this.drain = drain;
        this.pollInterval = pollInterval;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name(name).start(this::run);
    }

    synchronized void stop() {
        running = false;
        var current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    boolean isRunning() {
        return running;
    }

    void wake() {
        // One pending permit is enough: the loop drains everything that is due when it wakes.
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    private void run() {
        while (running) {
            try {
                while (running && drain.getAsInt() > 0) {
                    signal.drainPermits();
                }
                signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; the work stays stored and is retried.
                if (running) {
                    log.warn("{} failed to drain its queue; retrying after the poll interval", name, e);
                    try {
                        signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}

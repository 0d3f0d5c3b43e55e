package io.switchboard.sandbox.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's time: the host's {@link Clock} plus an offset that the control API can move forward, so
 * tests can age service windows and the messaging-limit day without waiting.
 */
public final class SandboxClock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SandboxClock(Clock base) {
        this.base = base;
    }

    public Instant now() {
        return base.instant().plus(offset.get());
    }

    public long epochSecond() {
        return now().getEpochSecond();
    }

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    public Duration offset() {
        return offset.get();
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }
}

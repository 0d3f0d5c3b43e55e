package io.switchboard.sandbox.state;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/** The fault settings in force; changed at run time through the control API. */
public final class Faults {
    private final AtomicReference<FaultSettings> settings = new AtomicReference<>(FaultSettings.NONE);

    public FaultSettings get() {
        return settings.get();
    }

    public void set(FaultSettings value) {
        settings.set(value);
    }

    public void reset() {
        settings.set(FaultSettings.NONE);
    }

    /** True with the given probability; 0 and 1 are exact, so tests are deterministic. */
    public static boolean roll(double rate) {
        return rate >= 1 || (rate > 0 && ThreadLocalRandom.current().nextDouble() < rate);
    }
}

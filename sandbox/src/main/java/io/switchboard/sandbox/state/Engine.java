package io.switchboard.sandbox.state;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The sandbox's state in one place, handed to the services that work on it.
 *
 * @param limits whether throughput, pair-rate and messaging limits are enforced (switchable at run time)
 */
public record Engine(
        NumberRegistry numbers,
        Customers customers,
        MessageLog log,
        TemplateStore templates,
        MediaStore media,
        Faults faults,
        Stats stats,
        SandboxClock clock,
        AtomicBoolean limits) {}

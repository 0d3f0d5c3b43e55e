package io.switchboard.channels.whatsapp.client;

import java.time.Duration;
import java.util.function.Supplier;

/** The loop behind {@link CloudApiClient#sendWithRetry}, apart so tests can replace the waiting. */
final class Retrying {
    private Retrying() {}

    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static SendResult run(Supplier<SendResult> send, RetryPolicy policy, Sleeper sleeper) {
        for (int attempt = 1; ; attempt++) {
            var result = send.get();
            if (!(result instanceof SendResult.Failed failed)) {
                return result;
            }
            var delay = policy.delayAfter(attempt, failed.error(), failed.errorClass());
            if (delay.isEmpty()) {
                return result;
            }
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                // Shutting down: give the caller the last failure, which is retryable, and keep the flag.
                Thread.currentThread().interrupt();
                return result;
            }
        }
    }

    static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }
}

package io.switchboard.channels.whatsapp.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.springframework.modulith.NamedInterface;

/**
 * When to try a failed send again: exponential backoff with jitter, capped, and only for {@link
 * ErrorClass#RETRYABLE} failures. A dispatcher asks {@link #delayAfter} and schedules the retry
 * itself; {@link CloudApiClient#sendWithRetry} waits in the calling thread instead.
 *
 * @param maxAttempts attempts in total, the first included
 * @param initialDelay the wait after the first failure; doubles after each further failure
 * @param maxDelay no wait is longer than this
 * @param jitter fraction (0 to 1) of each wait taken off at random, so senders that failed together
 *     do not retry together
 * @param pairRateUnit the unit of Meta's advice for 131056 (pair rate limit): wait 4^n units, n =
 *     0, 1, 2…; one second in production
 */
@NamedInterface("client")
public record RetryPolicy(
        int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter, Duration pairRateUnit) {
    static final int PAIR_RATE_LIMIT = 131056;

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    /** Five attempts, waits from 1 s doubling up to 5 min, half of each wait jittered. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 0.5, Duration.ofSeconds(1));
    }

    /**
     * The wait before the next attempt, or empty to give up: the failure is not retryable, or
     * {@code failedAttempts} reached {@link #maxAttempts()}.
     *
     * @param failedAttempts attempts made so far, all failed (1 after the first failure)
     */
    public Optional<Duration> delayAfter(int failedAttempts, GraphError error, ErrorClass errorClass) {
        return delayAfter(failedAttempts, error, errorClass, ThreadLocalRandom.current());
    }

    Optional<Duration> delayAfter(int failedAttempts, GraphError error, ErrorClass errorClass, RandomGenerator random) {
        if (errorClass != ErrorClass.RETRYABLE || failedAttempts >= maxAttempts || failedAttempts < 1) {
            return Optional.empty();
        }
        var code = error.code();
        if (code != null && code == PAIR_RATE_LIMIT) {
            // Meta's advice for the pair rate limit: retry after 4^X seconds, X = 0, 1, 2…, no jitter needed
            // because only this one recipient waits.
            return Optional.of(cap(pairRateUnit.multipliedBy(power(4, failedAttempts - 1))));
        }
        var base = cap(initialDelay.multipliedBy(power(2, failedAttempts - 1)));
        var off = (long) (base.toNanos() * jitter * random.nextDouble());
        return Optional.of(base.minusNanos(off));
    }

    private Duration cap(Duration delay) {
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static long power(int base, int exponent) {
        // Past 4^20 seconds every wait is capped anyway; stop before Duration overflows.
        long result = 1;
        for (int i = 0; i < Math.min(exponent, 20); i++) {
            result *= base;
        }
        return result;
    }
}

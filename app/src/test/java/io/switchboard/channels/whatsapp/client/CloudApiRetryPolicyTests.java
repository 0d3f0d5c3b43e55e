package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Backoff: exponential, jittered, capped; 4^n seconds for the pair rate limit; never for permanent errors. */
class CloudApiRetryPolicyTests {
    private static final RandomGenerator NO_JITTER = () -> 0L;
    private static final RandomGenerator FULL_JITTER = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0.999999;
        }
    };

    private final RetryPolicy policy =
            new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(20), 0.5, Duration.ofSeconds(1));

    private static GraphError code(int code) {
        return new GraphError(400, code, null, null, "", null, null);
    }

    @Test
    void doublesTheWaitUpToTheCap() {
        var waits = new ArrayList<Duration>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            waits.add(policy.delayAfter(attempt, code(130429), ErrorClass.RETRYABLE, NO_JITTER)
                    .orElseThrow());
        }
        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16));
        assertThat(new RetryPolicy(9, Duration.ofSeconds(1), Duration.ofSeconds(20), 0, Duration.ofSeconds(1))
                        .delayAfter(8, code(1), ErrorClass.RETRYABLE, NO_JITTER))
                .contains(Duration.ofSeconds(20));
    }

    @Test
    void jitterTakesOffAtMostItsFraction() {
        var wait = policy.delayAfter(3, code(131000), ErrorClass.RETRYABLE, FULL_JITTER)
                .orElseThrow();
        assertThat(wait).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        var random = RandomGenerator.of("L64X128MixRandom");
        for (int i = 0; i < 100; i++) {
            assertThat(policy.delayAfter(2, code(2), ErrorClass.RETRYABLE, random)
                            .orElseThrow())
                    .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void pairRateLimitWaitsFourToTheNSeconds() {
        var waits = new ArrayDeque<Duration>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            waits.add(policy.delayAfter(attempt, code(131056), ErrorClass.RETRYABLE, FULL_JITTER)
                    .orElseThrow());
        }
        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(16), Duration.ofSeconds(20));
    }

    @Test
    void neverRetriesWhatIsNotRetryable() {
        for (var errorClass : List.of(
                ErrorClass.PERMANENT, ErrorClass.OUTSIDE_WINDOW, ErrorClass.WAIT_24H, ErrorClass.CHANNEL_DISABLING)) {
            assertThat(policy.delayAfter(1, code(100), errorClass)).isEmpty();
        }
    }

    @Test
    void givesUpAfterMaxAttempts() {
        assertThat(policy.delayAfter(5, code(1), ErrorClass.RETRYABLE)).isPresent();
        assertThat(policy.delayAfter(6, code(1), ErrorClass.RETRYABLE)).isEmpty();
        assertThat(RetryPolicy.defaults().delayAfter(60, code(131056), ErrorClass.RETRYABLE))
                .isEmpty();
    }

    @Test
    void hugeAttemptCountsStayCapped() {
        var many = new RetryPolicy(1000, Duration.ofMinutes(1), Duration.ofMinutes(5), 0, Duration.ofMinutes(1));
        assertThat(many.delayAfter(999, code(131056), ErrorClass.RETRYABLE)).contains(Duration.ofMinutes(5));
        assertThat(many.delayAfter(999, code(1), ErrorClass.RETRYABLE)).contains(Duration.ofMinutes(5));
    }
}

package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The channel's token bucket on a simulated clock, drained the way the dispatcher drains it. */
class RateLimitsTests {
    private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

    /** Takes everything the bucket allows every {@code step}, each send to a new recipient; the grant times. */
    private static List<Instant> drain(RateLimits limits, Duration step, Duration during) {
        var granted = new ArrayList<Instant>();
        var recipient = 0;
        for (var now = START; !now.isAfter(START.plus(during)); now = now.plus(step)) {
            var room = limits.available(now, Integer.MAX_VALUE);
            for (var i = 0; i < room; i++) {
                assertThat(limits.take("+1555" + recipient++, now)).isTrue();
                granted.add(now);
            }
        }
        return granted;
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 1000})
    void grantsTheLimitPerSecondOverAMinuteAndNeverMoreInAnySecond(int limit) {
        var limits = new RateLimits(limit, 1.0, 45, Duration.ofSeconds(6), START);
        var seconds = 60;
        var granted = drain(limits, Duration.ofMillis(20), Duration.ofSeconds(seconds));

        assertThat(granted.size()).isBetween(limit * seconds - 1, limit * seconds + 1);
        for (var s = 0; s < seconds; s++) {
            var from = START.plusSeconds(s);
            var inSecond = granted.stream()
                    .filter(t -> !t.isBefore(from) && t.isBefore(from.plusSeconds(1)))
                    .count();
            assertThat(inSecond).as("second %d", s).isLessThanOrEqualTo(limit);
        }
        // Any window of one second, not only whole seconds: at most one token of rounding over the limit.
        for (var i = 0; i < granted.size(); i++) {
            var end = granted.get(i).plusSeconds(1);
            var j = i;
            while (j < granted.size() && granted.get(j).isBefore(end)) {
                j++;
            }
            assertThat(j - i).isLessThanOrEqualTo(limit + 1);
        }
    }

    @Test
    void headroomLowersTheRateInProportion() {
        var limits = new RateLimits(1000, 0.99, 45, Duration.ofSeconds(6), START);
        var granted = drain(limits, Duration.ofMillis(5), Duration.ofSeconds(30));
        assertThat(granted.size()).isBetween(990 * 30 - 1, 990 * 30 + 1);
    }

    @Test
    void startsWithOneTokenAndBurstsAtMostAFifthOfASecondAfterIdling() {
        var limits = new RateLimits(80, 1.0, 45, Duration.ofSeconds(6), START);
        assertThat(limits.available(START, 1000)).isEqualTo(1);
        assertThat(limits.available(START.plusSeconds(10), 1000)).isEqualTo(16);
        assertThat(limits.available(START.plusSeconds(10), 5)).isEqualTo(5);
    }

    @Test
    void holdsOneRecipientToItsPairBurstThenNamesWhenItHasATokenAgain() {
        var limits = new RateLimits(1000, 1.0, 45, Duration.ofSeconds(6), START);
        var now = START.plusSeconds(60);
        for (var i = 0; i < 44; i++) {
            assertThat(limits.take("+15550001", now)).isTrue();
        }
        // One token of Meta's 45 stays in reserve.
        assertThat(limits.take("+15550001", now)).isFalse();
        assertThat(limits.take("+15550002", now)).isTrue();
        var next = limits.nextForRecipient("+15550001", now);
        assertThat(next).isBetween(now.plusSeconds(6), now.plusSeconds(6).plusMillis(2));
        // At the time it names, the token is there (a requeued row is not refused again).
        assertThat(limits.take("+15550001", next)).isTrue();
    }
}

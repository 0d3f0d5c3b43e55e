package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.SandboxProperties;
import io.switchboard.sandbox.state.BusinessNumber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets on real elapsed time (not the sandbox clock, which tests may freeze): throughput per
 * number (Meta: 80 msg/s by default → 130429) and the pair rate per number and recipient (Meta: one
 * message per 6 s with bursts up to 45 → 131056).
 */
final class RateLimits {
    private static final int MAX_PAIRS = 100_000;

    private final Map<String, Bucket> throughput = new ConcurrentHashMap<>();
    private final Map<String, Bucket> pairs = new ConcurrentHashMap<>();
    private final SandboxProperties.PairRateLimit pairSettings;

    RateLimits(SandboxProperties.PairRateLimit pairSettings) {
        this.pairSettings = pairSettings;
    }

    void acquire(BusinessNumber number, String waId) {
        var rate = number.throughput();
        var bucket = throughput.compute(
                number.phoneNumberId(),
                (k, b) -> b != null && b.capacity == rate ? b : new Bucket(rate, 1_000_000_000L / rate));
        if (!bucket.tryTake()) {
            throw GraphErrors.of(130429, "Cloud API message throughput (" + rate + " messages/s) has been reached.");
        }
        if (pairs.size() > MAX_PAIRS) {
            pairs.values().removeIf(Bucket::full);
        }
        var pair = pairs.computeIfAbsent(
                number.phoneNumberId() + "|" + waId,
                k -> new Bucket(pairSettings.burst(), pairSettings.interval().toNanos()));
        if (!pair.tryTake()) {
            throughput.get(number.phoneNumberId()).giveBack();
            throw GraphErrors.of(
                    131056,
                    "Message failed to send because there were too many messages sent from"
                            + " this phone number to the same phone number in a short period of time.");
        }
    }

    void clear() {
        throughput.clear();
        pairs.clear();
    }

    private static final class Bucket {
        private final int capacity;
        private final long nanosPerToken;
        private double tokens;
        private long updated = System.nanoTime();

        Bucket(int capacity, long nanosPerToken) {
            this.capacity = capacity;
            this.nanosPerToken = nanosPerToken;
            this.tokens = capacity;
        }

        synchronized boolean tryTake() {
            refill();
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized void giveBack() {
            tokens = Math.min(capacity, tokens + 1);
        }

        synchronized boolean full() {
            refill();
            return tokens >= capacity;
        }

        private void refill() {
            var now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (double) (now - updated) / nanosPerToken);
            updated = now;
        }
    }
}

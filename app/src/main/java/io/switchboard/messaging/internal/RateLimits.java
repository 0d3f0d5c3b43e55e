package io.switchboard.messaging.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One channel's send rate, held by the node that owns the channel's lease: a token bucket at the number's
 * throughput, and Meta's pair rate limit per recipient (about one message per 6 s, bursts up to 45; over
 * it Meta answers 131056). Not thread-safe: one dispatcher thread uses it.
 */
final class RateLimits {
    private final int perSecond;
    private final Bucket channel;
    private final Map<String, Bucket> pairs = new HashMap<>();
    private final int pairBurst;
    private final double pairRate;

    /** {@code headroom}: the share of Meta's rates we use, since our clock and Meta's see each send apart. */
    RateLimits(int perSecond, double headroom, int pairBurst, Duration pairInterval, Instant now) {
        // A fifth of a second of burst: sends taken together leave together, and jitter on the way must not
        // bunch them into more than Meta's bucket holds. It starts with one token, not a burst: a node that just
        // took the lease over cannot know what the previous holder sent in the last second.
        this.perSecond = perSecond;
        var rate = Math.max(1, perSecond * headroom);
        this.channel = new Bucket(Math.max(1, rate / 5), rate, now);
        this.channel.tokens = 1;
        // One token of Meta's pair burst stays in reserve: a send that took its token first may reach Meta
        // after a later one, and a full burst leaves no room for that.
        this.pairBurst = Math.max(1, pairBurst - 1);
        this.pairRate = headroom * 1e9 / pairInterval.toNanos();
    }

    /** The number's throughput this was made for (before headroom). */
    int perSecond() {
        return perSecond;
    }

    /** Sends the channel allows now, at most {@code limit}. */
    int available(Instant now, int limit) {
        return (int) Math.min(limit, Math.floor(channel.level(now)));
    }

    /** Takes one channel token and one of the recipient's; false (nothing taken) if the recipient has none. */
    boolean take(String recipient, Instant now) {
        var pair = pairs.computeIfAbsent(recipient, r -> new Bucket(pairBurst, pairRate, now));
        if (pairs.size() > 100_000) {
            // Recipients with a full bucket carry no state worth keeping.
            pairs.values().removeIf(b -> b.level(now) >= b.capacity);
        }
        if (pair.level(now) < 1) {
            return false;
        }
        pair.tokens -= 1;
        channel.level(now);
        channel.tokens -= 1;
        return true;
    }

    /** When the recipient has a token again. */
    Instant nextForRecipient(String recipient, Instant now) {
        var pair = pairs.get(recipient);
        if (pair == null || pair.level(now) >= 1) {
            return now;
        }
        // Rounded up to the next millisecond: at the exact quotient, floating point may still leave 0.999….
        var nanos = (long) Math.ceil((1 - pair.tokens) / pair.perSecond * 1e9);
        return now.plusNanos(nanos + 1_000_000 - nanos % 1_000_000);
    }

    private static final class Bucket {
        final double capacity;
        final double perSecond;
        double tokens;
        Instant updated;

        Bucket(double capacity, double perSecond, Instant now) {
            this.capacity = capacity;
            this.perSecond = perSecond;
            this.tokens = capacity;
            this.updated = now;
        }

        double level(Instant now) {
            if (now.isAfter(updated)) {
                var seconds = Duration.between(updated, now).toNanos() / 1e9;
                tokens = Math.min(capacity, tokens + seconds * perSecond);
                updated = now;
            }
            return tokens;
        }
    }
}

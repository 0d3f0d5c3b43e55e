package io.switchboard.messaging.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Meta's messaging-limit tiers (reference §10) as recipient caps per rolling 24 hours. */
final class Tiers {
    private Tiers() {}

    /** The cap; an unknown tier counts as the lowest (250), as Meta gives new numbers. */
    static long cap(@Nullable String tier) {
        if (tier == null) {
            return 250;
        }
        return switch (tier.toUpperCase(Locale.ROOT)) {
            case "TIER_50" -> 50;
            case "TIER_1K" -> 1_000;
            case "TIER_2K" -> 2_000;
            case "TIER_10K" -> 10_000;
            case "TIER_100K" -> 100_000;
            case "TIER_UNLIMITED", "UNLIMITED" -> Long.MAX_VALUE;
            default -> 250;
        };
    }

    /** Messages per second from Meta's {@code throughput.level}: STANDARD 80, HIGH up to 1,000. */
    static int throughput(@Nullable String level, int fallback) {
        if (level == null || level.isBlank()) {
            return fallback;
        }
        if (level.equalsIgnoreCase("HIGH")) {
            return 1_000;
        }
        try {
            return Math.clamp(Integer.parseInt(level.trim()), 1, 1_000);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.LimitTier;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Meta's messaging limit (reference §11): unique users a business portfolio reaches with messages
 * outside a service window in a moving 24 h, capped by its tier and shared by all its numbers.
 */
final class ReachLimit {
    private static final Duration DAY = Duration.ofHours(24);

    // Per portfolio: user → last time reached, oldest first, so expiry pops from the head.
    private final Map<String, LinkedHashMap<String, Instant>> reached = new HashMap<>();

    /** Counts the user if there is room; false if the portfolio already reached its tier's cap. */
    synchronized boolean tryReach(String businessId, String waId, LimitTier tier, Instant now) {
        if (tier.unlimited()) {
            return true;
        }
        var users = reached.computeIfAbsent(businessId, k -> new LinkedHashMap<>());
        Iterator<Instant> oldest = users.values().iterator();
        while (oldest.hasNext() && !oldest.next().isAfter(now.minus(DAY))) {
            oldest.remove();
        }
        if (!users.containsKey(waId) && users.size() >= tier.uniqueUsers()) {
            return false;
        }
        users.remove(waId);
        users.put(waId, now);
        return true;
    }

    synchronized int used(String businessId) {
        var users = reached.get(businessId);
        return users == null ? 0 : users.size();
    }

    synchronized void clear() {
        reached.clear();
    }
}

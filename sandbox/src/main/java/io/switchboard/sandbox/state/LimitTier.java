package io.switchboard.sandbox.state;

/** Messaging-limit tiers: unique users reachable outside a service window in a moving 24 h. */
public enum LimitTier {
    TIER_250(250),
    TIER_2K(2_000),
    TIER_10K(10_000),
    TIER_100K(100_000),
    TIER_UNLIMITED(Integer.MAX_VALUE);

    private final int uniqueUsers;

    LimitTier(int uniqueUsers) {
        this.uniqueUsers = uniqueUsers;
    }

    public int uniqueUsers() {
        return uniqueUsers;
    }

    public boolean unlimited() {
        return this == TIER_UNLIMITED;
    }
}

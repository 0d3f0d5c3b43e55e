package io.switchboard.inbox;

/**
 * How automatic assignment picks among a team's online agents with room left: ROUND_ROBIN takes the one
 * whose last assignment is oldest, LEAST_BUSY the one with the fewest open conversations.
 */
public enum AssignmentStrategy {
    ROUND_ROBIN,
    LEAST_BUSY
}

package io.switchboard.inbox.internal;

import io.switchboard.inbox.AssignmentStrategy;
import io.switchboard.workspace.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Picks the next agent among candidates: online, with room under their capacity, by the strategy. */
final class AssignmentPolicy {
    private AssignmentPolicy() {}

    static Optional<UserId> pick(
            AssignmentStrategy strategy,
            Collection<UserId> candidates,
            Map<UserId, AgentStore.AgentRow> agents,
            Map<UserId, Integer> load,
            Instant now,
            Duration presenceTimeout) {
        // Never assigned (turn 0) sorts first, then the oldest turn; the id breaks ties so the order is total.
        Comparator<UserId> turn =
                Comparator.comparing((UserId u) -> agents.get(u).assignedTurn()).thenComparing(u -> u.value());
        Comparator<UserId> order = strategy == AssignmentStrategy.LEAST_BUSY
                ? Comparator.comparing((UserId u) -> load.getOrDefault(u, 0)).thenComparing(turn)
                : turn;
        return candidates.stream()
                .filter(u -> agents.containsKey(u) && online(agents.get(u), now, presenceTimeout))
                .filter(u -> load.getOrDefault(u, 0) < agents.get(u).capacity())
                .min(order);
    }

    /** Online: set themselves available, or a browser of theirs beat recently (any node's heartbeat row). */
    static boolean online(AgentStore.AgentRow agent, Instant now, Duration timeout) {
        var seen = agent.lastSeenAt();
        return agent.available() || (seen != null && seen.isAfter(now.minus(timeout)));
    }
}

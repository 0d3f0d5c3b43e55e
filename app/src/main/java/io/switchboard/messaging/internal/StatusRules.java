package io.switchboard.messaging.internal;

import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.StatusEntry;
import java.util.Collection;

/**
 * The status of an outbound message as a function of the <em>set</em> of statuses received, so the order
 * of arrival cannot matter (invariant 2): the furthest of sent < delivered < read < played wins; a failure
 * counts unless a delivery or read proves otherwise (reference §6: delivered may follow failed on
 * multi-device users). Unknown status values are kept in the history and ignored here.
 */
final class StatusRules {
    private StatusRules() {}

    static MessageStatus current(MessageStatus initial, Collection<StatusEntry> history) {
        var best = 0;
        var failed = false;
        for (var entry : history) {
            switch (entry.status()) {
                case "sent" -> best = Math.max(best, 1);
                case "delivered" -> best = Math.max(best, 2);
                case "read" -> best = Math.max(best, 3);
                case "played" -> best = Math.max(best, 4);
                case "failed" -> failed = true;
                default -> {}
            }
        }
        if (best >= 2) {
            return best == 2 ? MessageStatus.DELIVERED : best == 3 ? MessageStatus.READ : MessageStatus.PLAYED;
        }
        if (failed) {
            return MessageStatus.FAILED;
        }
        return best == 1 ? MessageStatus.SENT : initial;
    }
}

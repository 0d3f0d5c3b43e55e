package io.switchboard.messaging.internal;

import io.switchboard.contacts.SegmentCondition;
import io.switchboard.contacts.spi.SegmentCriteria;
import io.switchboard.contacts.spi.SegmentPredicate;
import io.switchboard.contacts.spi.SegmentValues;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Segment conditions over inbound messages: when the contact last wrote, how many messages they sent. Each an
 * indexed subquery on {@code messaging_message_contact_ix} (workspace, contact, occurred_at).
 */
@Component
@Order(10)
class MessagingSegmentCriteria implements SegmentCriteria {
    static final String INBOUND =
            "select %s from messaging_message m where m.workspace_id = c.workspace_id and m.contact_id = c.id"
                    + " and m.direction = 'IN'";

    private final Clock clock;

    MessagingSegmentCriteria(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind("last_inbound", false, List.of("within_days", "not_within_days", "before", "after")),
                new Kind("messages_received", false, List.of("at_least", "at_most")));
    }

    @Override
    public SegmentPredicate predicate(WorkspaceId workspace, SegmentCondition c, String p) {
        if (c.kind().equals("messages_received")) {
            var op = c.operator().equals("at_least") ? ">=" : "<=";
            return new SegmentPredicate(
                    "(" + INBOUND.formatted("count(*)") + ") " + op + " :" + p + "n",
                    Map.of(p + "n", SegmentValues.number(c.value())));
        }
        var since = "exists (" + INBOUND.formatted("1") + " and m.occurred_at >= :" + p + "at)";
        return switch (c.operator()) {
            case "within_days" ->
                new SegmentPredicate(since, Map.of(p + "at", SegmentValues.daysAgo(c.value(), clock)));
            // Never wrote counts as not within N days.
            case "not_within_days" ->
                new SegmentPredicate("not " + since, Map.of(p + "at", SegmentValues.daysAgo(c.value(), clock)));
            case "after" -> new SegmentPredicate(since, Map.of(p + "at", SegmentValues.time(c.value())));
            // The last inbound message is before the time: wrote once at least, and not since.
            default ->
                new SegmentPredicate(
                        "exists (" + INBOUND.formatted("1") + ") and not " + since,
                        Map.of(p + "at", SegmentValues.time(c.value())));
        };
    }
}

package io.switchboard.inbox.internal;

import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fan-out of small inbox events (ids and kinds, never content) to the open browsers of a workspace.
 * On PostgreSQL events cross nodes through {@link LiveNotifications} (LISTEN/NOTIFY), so a browser on any
 * node sees what happened on any other.
 */
public interface LiveEvents {
    /** A new stream for one browser of {@code user}; it counts as that user's presence while open. */
    SseEmitter subscribe(WorkspaceId workspace, UserId user, String displayName);

    /** Sends {@code data} (JSON) as event {@code name} to the workspace's browsers, or only {@code to}'s. */
    void publish(WorkspaceId workspace, String name, String data, @Nullable UserId to);

    /** One event of {@link #publish(List)}. */
    record Event(
            WorkspaceId workspace,
            String name,
            String data,
            @Nullable UserId to) {}

    /** Sends these events in this order, together: on PostgreSQL in one round trip rather than one each. */
    default void publish(List<Event> events) {
        for (var e : events) {
            publish(e.workspace(), e.name(), e.data(), e.to());
        }
    }
}

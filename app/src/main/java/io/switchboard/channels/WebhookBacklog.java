package io.switchboard.channels;

import io.switchboard.channels.whatsapp.internal.WebhookEventStore;
import io.switchboard.workspace.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether Meta has told us things about a number that we have not read yet: webhooks stored on arrival and
 * still waiting for (or failing in) the worker. Whoever concludes from a missing status that Meta never got
 * a message must first see this empty: after a restart, a backlog of statuses is normal.
 */
@Component
public class WebhookBacklog {
    private final WebhookEventStore events;

    WebhookBacklog(WebhookEventStore events) {
        this.events = events;
    }

    /** True while any webhook routed to this channel waits to be processed (or is being retried). */
    @Transactional(readOnly = true)
    public boolean pending(WorkspaceId workspace, ChannelId channel) {
        return events.pending(workspace, channel);
    }
}

package io.switchboard.messaging.internal;

import static io.switchboard.messaging.internal.Db.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last inbound message time per (contact, business number), by Meta's clock. */
@Repository
public class WindowStore {
    static final String INSERT = """
            insert into messaging_service_window (workspace_id, contact_id, channel_id, last_inbound_at)
            values (:workspace, :contact, :channel, :at)
            on conflict do nothing""";
    // greatest(): an older message delivered late must not shorten the window.
    static final String ADVANCE = """
            update messaging_service_window set last_inbound_at = greatest(last_inbound_at, :at)
             where workspace_id = :workspace and contact_id = :contact and channel_id = :channel""";
    static final String LAST = """
            select last_inbound_at from messaging_service_window
             where workspace_id = :workspace and contact_id = :contact and channel_id = :channel""";

    private final JdbcClient jdbc;

    WindowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves the window forward: an update first, since a contact who writes usually wrote before (one
     * statement per message); the insert only for a first message, and the update again if a concurrent
     * first message inserted the row in between.
     */
    void advance(WorkspaceId workspace, ContactId contact, ChannelId channel, Instant at) {
        if (update(workspace, contact, channel, at) > 0) {
            return;
        }
        var inserted = jdbc.sql(INSERT)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("channel", channel.value())
                .param("at", ts(at))
                .update();
        if (inserted == 0) {
            update(workspace, contact, channel, at);
        }
    }

    private int update(WorkspaceId workspace, ContactId contact, ChannelId channel, Instant at) {
        return jdbc.sql(ADVANCE)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("channel", channel.value())
                .param("at", ts(at))
                .update();
    }

    public Optional<Instant> lastInbound(WorkspaceId workspace, ContactId contact, ChannelId channel) {
        return jdbc.sql(LAST)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("channel", channel.value())
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }
}

package io.switchboard.messaging.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moves a merged contact's messages, outbox rows and service windows to the contact it was merged into. */
@Repository
class MessageMoves {
    private record Window(ChannelId channel, Instant lastInbound) {}

    static final String MESSAGES = """
            update messaging_message set contact_id = :kept where workspace_id = :workspace and contact_id = :merged""";
    static final String OUTBOX = """
            update messaging_outbox set contact_id = :kept where workspace_id = :workspace and contact_id = :merged""";
    static final String WINDOWS = """
            select channel_id, last_inbound_at from messaging_service_window
             where workspace_id = :workspace and contact_id = :merged""";
    static final String DROP_WINDOWS = """
            delete from messaging_service_window where workspace_id = :workspace and contact_id = :merged""";

    private final JdbcClient jdbc;
    private final WindowStore windows;

    MessageMoves(JdbcClient jdbc, WindowStore windows) {
        this.jdbc = jdbc;
        this.windows = windows;
    }

    /** Idempotent: a second run finds nothing left under {@code merged}. */
    void move(WorkspaceId workspace, ContactId kept, ContactId merged) {
        for (var statement : new String[] {MESSAGES, OUTBOX}) {
            jdbc.sql(statement)
                    .param("workspace", workspace.value())
                    .param("kept", kept.value())
                    .param("merged", merged.value())
                    .update();
        }
        // Both may have a window with the same number: the kept contact gets the later of the two.
        var moved = jdbc.sql(WINDOWS)
                .param("workspace", workspace.value())
                .param("merged", merged.value())
                .query((rs, n) -> new Window(
                        new ChannelId(rs.getObject("channel_id", UUID.class)),
                        rs.getObject("last_inbound_at", OffsetDateTime.class).toInstant()))
                .list();
        moved.forEach(w -> windows.advance(workspace, kept, w.channel(), w.lastInbound()));
        jdbc.sql(DROP_WINDOWS)
                .param("workspace", workspace.value())
                .param("merged", merged.value())
                .update();
    }
}

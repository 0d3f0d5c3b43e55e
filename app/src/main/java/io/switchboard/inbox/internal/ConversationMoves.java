package io.switchboard.inbox.internal;

import static io.switchboard.inbox.internal.Db.ts;

import io.switchboard.contacts.ContactId;
import io.switchboard.inbox.ConversationStatus;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moves a merged contact's conversations to the contact it was merged into. */
@Repository
class ConversationMoves {
    static final String MOVE = """
            update inbox_conversation set contact_id = :kept, active_key = :key, updated_at = :at
             where workspace_id = :workspace and id = :id""";
    // One open conversation per contact and number (inbox_conversation_active_uk): when both contacts have
    // one on the same number, the kept contact's stays open and the merged one's is resolved.
    static final String MOVE_RESOLVED = """
            update inbox_conversation set contact_id = :kept, active_key = null, status = 'RESOLVED',
                   resolved_at = :at, updated_at = :at
             where workspace_id = :workspace and id = :id""";

    private final JdbcClient jdbc;
    private final ConversationStore conversations;

    ConversationMoves(JdbcClient jdbc, ConversationStore conversations) {
        this.jdbc = jdbc;
        this.conversations = conversations;
    }

    /** Idempotent: a second run finds no conversation left under {@code merged}. */
    void move(WorkspaceId workspace, ContactId kept, ContactId merged, Instant at) {
        for (var conversation : conversations.ofContact(workspace, merged)) {
            var open = conversation.status() != ConversationStatus.RESOLVED;
            var clash = open
                    && conversations
                            .active(workspace, kept, conversation.channelId())
                            .isPresent();
            jdbc.sql(clash ? MOVE_RESOLVED : MOVE)
                    .param("workspace", workspace.value())
                    .param("id", conversation.id().value())
                    .param("kept", kept.value())
                    .param("key", open ? ConversationStore.activeKey(kept, conversation.channelId()) : null)
                    .param("at", ts(at))
                    .update();
        }
    }
}

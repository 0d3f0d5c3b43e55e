package io.switchboard.inbox;

import io.switchboard.workspace.WorkspaceId;

/**
 * Something about a conversation changed; open inbox pages refresh it. Carries no content.
 *
 * @param change what changed, for listeners that care about one kind only
 */
public record ConversationUpdated(WorkspaceId workspaceId, ConversationId conversationId, Change change) {
    /** The kinds of change. */
    public enum Change {
        OPENED,
        MESSAGE,
        MESSAGE_STATUS,
        STATUS,
        ASSIGNED,
        DETAILS,
        NOTE,
        READ
    }
}

package io.switchboard.inbox;

import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.util.UUID;

/** A note mentioned a member ({@code @name}); they are notified. No note text. */
public record UserMentioned(WorkspaceId workspaceId, ConversationId conversationId, UUID noteId, UserId userId) {}

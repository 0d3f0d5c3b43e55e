package io.switchboard.inbox;

import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * A conversation's assignee or team changed (both {@code null}: unassigned).
 *
 * @param automatic chosen by automatic assignment rather than by a person
 */
public record ConversationAssigned(
        WorkspaceId workspaceId,
        ConversationId conversationId,
        @Nullable UserId assigneeId,
        @Nullable TeamId teamId,
        boolean automatic) {}

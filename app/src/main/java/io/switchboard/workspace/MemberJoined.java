package io.switchboard.workspace;

/** A user became an active member of a workspace (created, invited and accepted, or reactivated). */
public record MemberJoined(WorkspaceId workspaceId, UserId userId, Role role) {}

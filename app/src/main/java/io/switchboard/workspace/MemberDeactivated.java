package io.switchboard.workspace;

/** A member can no longer sign in to the workspace; work assigned to them should be released. */
public record MemberDeactivated(WorkspaceId workspaceId, UserId userId) {}

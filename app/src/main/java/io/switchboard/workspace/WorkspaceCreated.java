package io.switchboard.workspace;

/** A workspace was created, with its first owner. Channels use it to wire the sandbox number. */
public record WorkspaceCreated(WorkspaceId workspaceId, UserId ownerId) {}

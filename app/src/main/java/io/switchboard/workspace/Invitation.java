package io.switchboard.workspace;

import java.time.Instant;
import java.util.UUID;

/** A pending invitation to join a workspace with a role; the link token is never stored in clear. */
public record Invitation(UUID id, WorkspaceId workspaceId, String email, Role role, Instant expiresAt) {}

package io.switchboard.contacts.internal;

import io.switchboard.workspace.WorkspaceId;
import java.util.UUID;

/** An import was given its mapping and should run; consumed by {@link ImportRunner} after commit. */
public record ImportRequested(WorkspaceId workspaceId, UUID importId) {}

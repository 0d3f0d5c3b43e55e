package io.switchboard.contacts;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;

/**
 * Two contacts became one: {@code merged} no longer exists and everything of it belongs to {@code kept}.
 * Modules that keep data by contact move theirs to {@code kept}.
 */
public record ContactsMerged(WorkspaceId workspaceId, ContactId kept, ContactId merged, Instant occurredAt) {}

package io.switchboard.workspace;

import java.time.Instant;

/** A workspace as other modules and the API see it. {@code timeZone} is an IANA zone id. */
public record WorkspaceSummary(WorkspaceId id, String name, String timeZone, Instant createdAt) {}

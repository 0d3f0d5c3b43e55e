package io.switchboard.workspace;

import java.time.Instant;

/** A user's membership of one workspace; {@code active} is false once deactivated. */
public record Member(UserId userId, String email, String displayName, Role role, boolean active, Instant joinedAt) {}

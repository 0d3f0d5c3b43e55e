package io.switchboard.workspace;

import java.time.Instant;
import java.util.List;

/** A named group of members of one workspace, used for assignment and visibility. */
public record Team(TeamId id, String name, List<UserId> members, Instant createdAt) {}

package io.switchboard.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A reusable reply, inserted with {@code /shortcut}; {@code {{contact.name}}} and {@code {{agent.name}}}
 * are filled in when it is used.
 */
public record CannedReply(UUID id, String shortcut, String body, Instant createdAt) {}

package io.switchboard.contacts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A free-text note on a contact, written by a member or an API key.
 *
 * @param authorId the member who wrote it; {@code null} when written with an API key
 */
public record ContactNote(UUID id, @Nullable UUID authorId, String authorName, String body, Instant createdAt) {}

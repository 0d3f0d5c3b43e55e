package io.switchboard.inbox;

import io.switchboard.workspace.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An internal note on a conversation; never sent to the customer.
 *
 * @param authorId the member who wrote it; {@code null} when written with an API key
 * @param mentions members the note mentioned
 */
public record Note(
        UUID id,
        ConversationId conversationId,
        @Nullable UserId authorId,
        String authorName,
        String body,
        List<UserId> mentions,
        Instant createdAt) {}

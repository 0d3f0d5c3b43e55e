package io.switchboard.contacts;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote on WhatsApp, as a webhook tells it; at least one of {@code waId} and {@code userId} is set.
 *
 * @param userId the business-scoped user id (BSUID)
 */
public record WhatsAppIdentity(
        @Nullable String waId,
        @Nullable String userId,
        @Nullable String username,
        @Nullable String profileName) {}

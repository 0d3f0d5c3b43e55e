package io.switchboard.channels.spi;

import org.jspecify.annotations.Nullable;

/**
 * Click-to-WhatsApp ad or post data sent with a user's first message; {@code ctwaClid} is absent for
 * Status ad placements.
 */
public record Referral(
        @Nullable String sourceUrl,
        @Nullable String sourceId,
        @Nullable String sourceType,
        @Nullable String headline,
        @Nullable String body,
        @Nullable String mediaType,
        @Nullable String mediaUrl,
        @Nullable String ctwaClid,
        @Nullable String welcomeMessage) {}

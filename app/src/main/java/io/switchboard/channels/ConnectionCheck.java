package io.switchboard.channels;

import org.jspecify.annotations.Nullable;

/**
 * The answer of the Graph API to {@code GET /{phone-number-id}} with the channel's token.
 *
 * @param httpStatus the HTTP status, 0 when the Graph API could not be reached
 * @param errorCode Meta's error code ({@code 190} = token expired), if any
 * @param message a sentence for the user; never contains the token
 */
public record ConnectionCheck(
        boolean ok,
        int httpStatus,
        @Nullable Integer errorCode,
        String message,
        @Nullable String verifiedName,
        @Nullable String qualityRating,
        @Nullable String messagingLimitTier) {}

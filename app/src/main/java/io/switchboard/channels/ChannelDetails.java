package io.switchboard.channels;

import io.switchboard.Secret;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters to connect or edit a number. On an edit a {@code null} secret keeps the stored
 * one, so forms and API clients never need to read secrets back.
 */
public record ChannelDetails(
        String name,
        String phoneNumberId,
        String wabaId,
        String displayPhoneNumber,
        @Nullable String verifiedName,
        @Nullable String graphBaseUrl,
        @Nullable String graphVersion,
        @Nullable Secret accessToken,
        @Nullable Secret appSecret,
        @Nullable Secret verifyToken) {}

package io.switchboard.channels.whatsapp.client;

import org.jspecify.annotations.Nullable;

/**
 * What "test the connection" shows about a business number. Meta leaves out fields it does not know
 * for a number, hence the nullable ones.
 *
 * @param qualityRating GREEN, YELLOW, RED or UNKNOWN
 * @param throughputLevel e.g. STANDARD (80 messages per second) or HIGH (1,000)
 * @param messagingLimit the portfolio's tier, e.g. TIER_250, TIER_2K, TIER_UNLIMITED
 */
public record PhoneNumberDetails(
        String id,
        @Nullable String displayPhoneNumber,
        @Nullable String verifiedName,
        @Nullable String qualityRating,
        @Nullable String throughputLevel,
        @Nullable String messagingLimit) {}

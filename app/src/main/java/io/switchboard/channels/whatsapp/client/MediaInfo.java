package io.switchboard.channels.whatsapp.client;

import org.jspecify.annotations.Nullable;

/**
 * Where a media item can be downloaded ({@code GET /{media_id}}). The URL expires after five minutes
 * and needs the bearer token; ask again for a fresh one rather than storing it.
 *
 * @param sha256 the digest Meta computed, hex (as {@code GET /{media_id}} gives it) or base64 (as inbound
 *     webhooks give it); checked by {@link CloudApiClient#downloadMedia}
 * @param fileSize bytes, or -1 when Meta did not say
 */
public record MediaInfo(
        String id,
        String url,
        @Nullable String mimeType,
        @Nullable String sha256,
        long fileSize) {}

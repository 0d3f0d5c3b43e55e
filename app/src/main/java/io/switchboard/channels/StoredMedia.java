package io.switchboard.channels;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * An inbound media file and its download state.
 *
 * @param status PENDING until downloaded (also while retrying), STORED, or FAILED after the last retry
 * @param sha256 hex SHA-256 of the stored bytes, verified against Meta's
 * @param path the file under {@code ${switchboard.data-dir}/media}, once STORED
 */
public record StoredMedia(
        String mediaId,
        String status,
        @Nullable String mimeType,
        @Nullable Long size,
        @Nullable String sha256,
        @Nullable Path path) {
    /** Where the API serves the bytes of this file of {@code channel} (with a key), once STORED; else null. */
    public @Nullable String apiUrl(ChannelId channel) {
        return "STORED".equals(status)
                ? "/api/v1/channels/" + channel.value() + "/media/"
                        + UriUtils.encodePathSegment(mediaId, StandardCharsets.UTF_8)
                : null;
    }
}

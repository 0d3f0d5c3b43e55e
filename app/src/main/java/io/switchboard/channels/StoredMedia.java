package io.switchboard.channels;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

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
        @Nullable Path path) {}

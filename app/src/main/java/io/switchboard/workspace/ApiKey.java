package io.switchboard.workspace;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API key without its secret: only {@code prefix} (the first characters) is kept to tell keys apart.
 * {@code revokedAt} is set once revoked; a revoked key never authenticates again.
 */
public record ApiKey(
        ApiKeyId id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}

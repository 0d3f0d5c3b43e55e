package io.switchboard.sandbox.state;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** An uploaded or customer-sent file, owned by the business number it was uploaded to or sent to. */
public record Media(
        String id,
        String phoneNumberId,
        String mimeType,
        byte[] bytes,
        @Nullable String filename,
        Instant createdAt) {

    /** {@code GET /{media-id}} reports the digest as hex. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(Ids.sha256(bytes));
    }

    /** Inbound message webhooks report the digest base64-encoded. */
    public String sha256Base64() {
        return Base64.getEncoder().encodeToString(Ids.sha256(bytes));
    }

    @Override
    public String toString() {
        return "Media[" + id + ", " + mimeType + ", " + bytes.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Media media && media.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}

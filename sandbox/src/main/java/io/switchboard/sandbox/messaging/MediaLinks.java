package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.SandboxClock;
import io.switchboard.sandbox.webhook.Signer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * Download URLs for media, like Meta's lookaside URLs: they expire after 5 minutes and carry a hash, so
 * they cannot be forged or extended; the download still needs the bearer token.
 */
public final class MediaLinks {
    /** Meta: media URLs expire after 5 minutes; fetch a fresh one with {@code GET /{media-id}}. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private final String key = Ids.secret();
    private final SandboxClock clock;

    public MediaLinks(SandboxClock clock) {
        this.clock = clock;
    }

    public String url(String baseUrl, String mediaId) {
        var expires = clock.now().plus(LIFETIME).getEpochSecond();
        return baseUrl + "/sandbox/media/" + mediaId + "?ext=" + expires + "&hash=" + hash(mediaId, expires);
    }

    public boolean valid(String mediaId, long expires, String hash) {
        var expected = hash(mediaId, expires).getBytes(StandardCharsets.US_ASCII);
        return clock.epochSecond() <= expires
                && MessageDigest.isEqual(expected, hash.getBytes(StandardCharsets.US_ASCII));
    }

    private String hash(String mediaId, long expires) {
        return Signer.signature(key, (mediaId + ":" + expires).getBytes(StandardCharsets.US_ASCII))
                .substring("sha256=".length(), "sha256=".length() + 32);
    }
}

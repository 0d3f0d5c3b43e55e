package io.switchboard.channels.whatsapp.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Media look-up answers and binary downloads with sha256 verification (reference §5 "Media download"). */
final class MediaDownloads {
    private final GraphHttp http;

    MediaDownloads(GraphHttp http) {
        this.http = http;
    }

    static GraphResult<MediaInfo> info(JsonNode body, String mediaId) {
        var url = Reply.text(body, "url");
        if (url == null) {
            return GraphResult.failed(GraphError.withoutEnvelope(200, "media answer without url"));
        }
        var id = Reply.text(body, "id");
        var size = body.get("file_size");
        return new GraphResult.Ok<>(new MediaInfo(
                id == null ? mediaId : id,
                url,
                Reply.text(body, "mime_type"),
                Reply.text(body, "sha256"),
                // Graph sends file_size as a number, older answers as a string; asLong reads both.
                size == null ? -1 : size.asLong(-1)));
    }

    GraphResult<Path> toFile(Connection connection, MediaInfo media, Path target) {
        var streamed = http.stream(connection, URI.create(media.url()), body -> {
            var partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".download-", ".part");
            try {
                var digest = sha256();
                try (var in = new DigestInputStream(body, digest)) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!matches(media.sha256(), digest)) {
                    return null;
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } finally {
                Files.deleteIfExists(partial);
            }
        });
        return result(streamed);
    }

    GraphResult<byte[]> toBytes(Connection connection, MediaInfo media, long maxBytes) {
        if (media.fileSize() > maxBytes) {
            return new GraphResult.Failed<>(
                    GraphError.withoutEnvelope(200, "media is " + media.fileSize() + " bytes, more than " + maxBytes),
                    ErrorClass.PERMANENT);
        }
        var streamed = http.stream(connection, URI.create(media.url()), body -> {
            var bytes = readAtMost(body, maxBytes);
            if (bytes == null) {
                throw new IOException("media larger than " + maxBytes + " bytes");
            }
            return matches(media.sha256(), sha256().digest(bytes)) ? bytes : null;
        });
        return result(streamed);
    }

    private static <T> GraphResult<T> result(GraphHttp.Streamed<T> streamed) {
        if (streamed.error() != null) {
            return GraphResult.failed(streamed.error().error());
        }
        if (streamed.value() == null) {
            // Corrupted or swapped in transit; a fresh URL usually fixes it, so let the caller retry.
            return new GraphResult.Failed<>(
                    GraphError.withoutEnvelope(200, "downloaded media does not match its sha256"),
                    ErrorClass.RETRYABLE);
        }
        return new GraphResult.Ok<>(streamed.value());
    }

    private static byte @Nullable [] readAtMost(InputStream in, long maxBytes) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean matches(@Nullable String expected, MessageDigest digest) {
        return matches(expected, digest.digest());
    }

    private static boolean matches(@Nullable String expected, byte[] actual) {
        // Without a published hash there is nothing to verify against.
        return expected == null || MessageDigest.isEqual(decode(expected), actual);
    }

    /**
     * {@code GET /{media_id}} gives the hash in hex, inbound webhooks in base64 (as the sandbox does,
     * after Meta); accept both, so a caller may pass either. Undecodable text matches nothing.
     */
    static byte[] decode(String hash) {
        try {
            return hash.matches("[0-9a-fA-F]{64}")
                    ? HexFormat.of().parseHex(hash.toLowerCase(Locale.ROOT))
                    : Base64.getDecoder().decode(hash);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

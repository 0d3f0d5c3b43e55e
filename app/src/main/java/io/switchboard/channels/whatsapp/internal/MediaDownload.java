package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.internal.ChannelCredentials;
import io.switchboard.channels.internal.GraphApi;
import io.switchboard.channels.internal.StoragePaths;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One download per reference §5: {@code GET /{media-id}} with the token gives a short-lived URL, then
 * {@code GET <url>} with the same token gives the bytes, whose SHA-256 must match what Meta announced.
 */
@Component
class MediaDownload {
    /** A verified file on disk. */
    record File(Path path, @Nullable String mimeType, String sha256, long size) {}

    private final GraphApi graph;
    private final StoragePaths paths;

    MediaDownload(GraphApi graph, StoragePaths paths) {
        this.graph = graph;
        this.paths = paths;
    }

    File fetch(ChannelCredentials channel, MediaStore.Job job) throws IOException {
        var meta = graph.getJson(graph.node(channel, job.mediaId()), channel);
        var url = GraphApi.text(meta.body(), "url");
        if (meta.status() != 200 || url == null) {
            throw new IOException("Graph answered " + meta.status() + " for the media id");
        }
        var response = graph.getBytes(URI.create(url), channel);
        if (response.statusCode() != 200) {
            throw new IOException("the media URL answered " + response.statusCode());
        }
        var bytes = response.body();
        var digest = sha256(bytes);
        var announced = job.expectedSha256() != null ? job.expectedSha256() : GraphApi.text(meta.body(), "sha256");
        if (announced != null && !matches(digest, announced)) {
            throw new IOException("SHA-256 of the downloaded media does not match Meta's");
        }
        var target = paths.media(job.workspaceId(), job.channelId(), job.mediaId());
        Files.createDirectories(target.getParent());
        var partial = target.resolveSibling(target.getFileName() + ".part");
        Files.write(partial, bytes);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        var mime = GraphApi.text(meta.body(), "mime_type");
        return new File(target, mime, HexFormat.of().formatHex(digest), bytes.length);
    }

    /** Webhooks announce the hash in base64, the media endpoint in hex; accept either. */
    static boolean matches(byte[] digest, String announced) {
        var value = announced.trim();
        if (value.equalsIgnoreCase(HexFormat.of().formatHex(digest))) {
            return true;
        }
        try {
            return MessageDigest.isEqual(digest, Base64.getDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

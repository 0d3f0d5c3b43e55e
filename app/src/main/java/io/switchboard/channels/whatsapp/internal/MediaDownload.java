package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.internal.ChannelCredentials;
import io.switchboard.channels.internal.GraphConnections;
import io.switchboard.channels.internal.StoragePaths;
import io.switchboard.channels.whatsapp.client.CloudApiClient;
import io.switchboard.channels.whatsapp.client.GraphResult;
import io.switchboard.channels.whatsapp.client.MediaInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    private final CloudApiClient client;
    private final GraphConnections connections;
    private final StoragePaths paths;

    MediaDownload(CloudApiClient client, GraphConnections connections, StoragePaths paths) {
        this.client = client;
        this.connections = connections;
        this.paths = paths;
    }

    File fetch(ChannelCredentials channel, MediaStore.Job job) throws IOException {
        var connection = connections.of(channel);
        var info = switch (client.getMedia(connection, job.mediaId())) {
            case GraphResult.Ok<MediaInfo>(var found) -> found;
            case GraphResult.Failed<MediaInfo> failed ->
                throw new IOException("media lookup failed: " + failed.error().message() + " ("
                        + failed.error().summary() + ")");
        };
        // The hash the webhook announced is the one to trust; the client checks it while streaming.
        var expected = new MediaInfo(
                info.id(),
                info.url(),
                info.mimeType(),
                job.expectedSha256() != null ? job.expectedSha256() : info.sha256(),
                info.fileSize());
        var target = paths.media(job.workspaceId(), job.channelId(), job.mediaId());
        Files.createDirectories(target.getParent());
        if (client.downloadMedia(connection, expected, target) instanceof GraphResult.Failed<Path> failed) {
            throw new IOException("media download failed: " + failed.error().message() + " ("
                    + failed.error().summary() + ")");
        }
        return new File(target, info.mimeType(), HexFormat.of().formatHex(sha256(target)), Files.size(target));
    }

    private static byte[] sha256(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return in.getMessageDigest().digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

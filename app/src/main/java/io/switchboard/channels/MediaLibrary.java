package io.switchboard.channels;

import io.switchboard.channels.internal.StoragePaths;
import io.switchboard.channels.whatsapp.internal.MediaStore;
import io.switchboard.workspace.WorkspaceId;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Media files of a workspace's channels: inbound ones, downloaded from the Graph API as messages arrive, and
 * the ones we upload to send, kept so that the inbox can show what was sent. Every method is scoped to one
 * workspace: another workspace's file does not exist here.
 */
@Service
public class MediaLibrary {
    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);
    private final MediaStore media;
    private final WhatsAppSender sender;
    private final StoragePaths paths;
    private final Clock clock;

    MediaLibrary(MediaStore media, WhatsAppSender sender, StoragePaths paths, Clock clock) {
        this.media = media;
        this.sender = sender;
        this.paths = paths;
        this.clock = clock;
    }

    /** The file for Meta's {@code mediaId} on that channel, if such a message arrived in this workspace. */
    @Transactional(readOnly = true)
    public Optional<StoredMedia> find(WorkspaceId workspace, ChannelId channel, String mediaId) {
        return media.find(workspace, channel, mediaId);
    }

    /** The known files among {@code mediaIds} on that channel, by media id (one query for a page of messages). */
    @Transactional(readOnly = true)
    public Map<String, StoredMedia> findAll(WorkspaceId workspace, ChannelId channel, Collection<String> mediaIds) {
        return media.findAll(workspace, channel, mediaIds).stream()
                .collect(Collectors.toMap(StoredMedia::mediaId, Function.identity(), (a, b) -> a));
    }

    /**
     * Uploads a file to the channel's number (see {@link WhatsAppSender#uploadMedia}) and keeps a copy as the
     * stored file of the returned media id. Runs outside any transaction; a copy that cannot be written is
     * logged and the upload still counts, since the message matters more than its preview.
     *
     * @return the media id to send
     * @throws ChannelException as {@link WhatsAppSender#uploadMedia} does
     */
    public String upload(WorkspaceId workspace, ChannelId channel, String filename, String mimeType, byte[] bytes) {
        var mediaId = sender.uploadMedia(workspace, channel, filename, mimeType, bytes);
        var target = paths.media(workspace, channel, mediaId);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            var sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            media.uploaded(workspace, channel, mediaId, mimeType, sha, bytes.length, target, clock.instant());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            log.warn("Uploaded media {} of channel {} could not be kept locally: {}", mediaId, channel, e.toString());
        }
        return mediaId;
    }
}

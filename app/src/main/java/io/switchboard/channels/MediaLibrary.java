package io.switchboard.channels;

import io.switchboard.channels.whatsapp.internal.MediaStore;
import io.switchboard.workspace.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inbound media files of a workspace's channels, downloaded from the Graph API as messages arrive. */
@Service
public class MediaLibrary {
    private final MediaStore media;

    MediaLibrary(MediaStore media) {
        this.media = media;
    }

    /** The file for Meta's {@code mediaId} on that channel, if such a message arrived in this workspace. */
    @Transactional(readOnly = true)
    public Optional<StoredMedia> find(WorkspaceId workspace, ChannelId channel, String mediaId) {
        return media.find(workspace, channel, mediaId);
    }
}

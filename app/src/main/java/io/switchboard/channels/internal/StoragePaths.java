package io.switchboard.channels.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** Files of the channels module under {@code SWITCHBOARD_DATA_DIR}. */
@Component
public class StoragePaths {
    private final Path dataDir;

    StoragePaths(StorageSettings settings) {
        this.dataDir = settings.dataDir().toAbsolutePath().normalize();
    }

    /** {@code media/<workspace>/<channel>/<media id>}; the id is reduced to safe characters first. */
    public Path media(WorkspaceId workspace, ChannelId channel, String mediaId) {
        var safe = mediaId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "m" + safe;
        }
        return dataDir.resolve("media")
                .resolve(workspace.toString())
                .resolve(channel.toString())
                .resolve(safe);
    }
}

package io.switchboard.channels.internal;

import io.switchboard.Secret;
import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A channel's decrypted secrets and Graph address, for this module's own HTTP calls only. */
public record ChannelCredentials(
        ChannelId channelId,
        WorkspaceId workspaceId,
        String phoneNumberId,
        @Nullable String graphBaseUrl,
        @Nullable String graphVersion,
        boolean sandbox,
        Secret accessToken,
        Secret appSecret,
        Secret verifyToken) {}

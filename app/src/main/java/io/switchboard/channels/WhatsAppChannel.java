package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp business phone number connected to a workspace, without its secrets (access token, app
 * secret and verify token are write-only and never leave the module in clear).
 *
 * @param graphBaseUrl the Graph API base this number talks to, {@code null} for the installation default
 * @param graphVersion the Graph API version, {@code null} for the installation default
 * @param sandbox whether this is the built-in sandbox number (its Graph URL is the local sandbox)
 */
public record WhatsAppChannel(
        ChannelId id,
        WorkspaceId workspaceId,
        String name,
        String phoneNumberId,
        String wabaId,
        String displayPhoneNumber,
        @Nullable String verifiedName,
        @Nullable String qualityRating,
        @Nullable String messagingLimitTier,
        @Nullable String throughput,
        @Nullable String graphBaseUrl,
        @Nullable String graphVersion,
        ChannelStatus status,
        boolean sandbox,
        Instant createdAt,
        Instant updatedAt) {}

package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Meta decided on a requested display name ({@code phone_number_name_update}). */
public record PhoneNumberNameChanged(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String decision,
        @Nullable String requestedVerifiedName,
        @Nullable String rejectionReason,
        Instant occurredAt) {}

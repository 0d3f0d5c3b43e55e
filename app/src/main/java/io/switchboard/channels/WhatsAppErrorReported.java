package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;

/** Meta reported a system-level error for a number ({@code value.errors[]}, not tied to a message). */
public record WhatsAppErrorReported(
        WorkspaceId workspaceId, ChannelId channelId, int code, String title, Instant occurredAt) {}

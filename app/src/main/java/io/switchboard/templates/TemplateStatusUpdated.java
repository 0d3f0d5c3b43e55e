package io.switchboard.templates;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A template's status changed (submitted, reviewed, paused, disabled, …); campaigns stop or resume on it.
 * Published once per change that was applied; a redelivered webhook publishes nothing.
 *
 * @param reason Meta's reason when it gave one
 */
public record TemplateStatusUpdated(
        WorkspaceId workspaceId,
        TemplateId templateId,
        ChannelId channelId,
        String name,
        String language,
        TemplateStatus status,
        @Nullable String reason,
        Instant occurredAt) {}

package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A template's quality score moved ({@code message_template_quality_update}): GREEN, YELLOW, RED, UNKNOWN. */
public record TemplateQualityChanged(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String wabaId,
        String templateId,
        String templateName,
        String language,
        @Nullable String previousScore,
        String newScore,
        Instant occurredAt) {}

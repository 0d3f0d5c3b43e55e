package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Meta re-categorised a template or announced it will ({@code template_category_update}).
 *
 * @param previousCategory set when the change happened; {@code null} for the 24-hour warning
 * @param correctCategory set on the warning: the category Meta will apply
 */
public record TemplateCategoryChanged(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String wabaId,
        String templateId,
        String templateName,
        String language,
        @Nullable String previousCategory,
        @Nullable String newCategory,
        @Nullable String correctCategory,
        Instant occurredAt) {}

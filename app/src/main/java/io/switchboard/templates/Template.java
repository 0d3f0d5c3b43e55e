package io.switchboard.templates;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored template with what the provider said about it.
 *
 * @param providerId Meta's template id, {@code null} while a draft
 * @param rejectionReason Meta's reason ({@code INVALID_FORMAT}, {@code INCORRECT_CATEGORY}, …) and detail
 * @param categoryHistory Meta's re-categorisations and warnings, oldest first
 */
public record Template(
        TemplateId id,
        WorkspaceId workspaceId,
        ChannelId channelId,
        TemplateDefinition definition,
        TemplateStatus status,
        @Nullable String rejectionReason,
        TemplateQuality quality,
        @Nullable String providerId,
        List<CategoryChange> categoryHistory,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * One {@code template_category_update}.
     *
     * @param previousCategory set when the change happened; {@code null} on the 24-hour warning
     * @param correctCategory set on the warning: the category Meta will apply
     */
    public record CategoryChange(
            @Nullable String previousCategory,
            @Nullable String newCategory,
            @Nullable String correctCategory,
            Instant occurredAt) {}
}

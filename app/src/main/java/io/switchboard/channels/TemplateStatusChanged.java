package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Meta changed a template's review status ({@code message_template_status_update}): APPROVED, REJECTED,
 * PAUSED, DISABLED, FLAGGED, REINSTATED, … Published once per webhook entry; Meta may redeliver, so
 * listeners key on (template id, event, occurredAt).
 *
 * @param reason Meta's reason ({@code INVALID_FORMAT}, {@code NONE}, …) or {@code null}
 * @param detail the title of {@code other_info} or {@code rejection_info.reason}, if any
 */
public record TemplateStatusChanged(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String wabaId,
        String templateId,
        String templateName,
        String language,
        String event,
        @Nullable String reason,
        @Nullable String category,
        @Nullable String detail,
        Instant occurredAt) {}

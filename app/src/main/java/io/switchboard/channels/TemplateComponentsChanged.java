package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;

/**
 * A template was edited ({@code message_template_components_update}); the templates module re-reads it
 * from the Graph API rather than trusting a copy of its text in an event.
 */
public record TemplateComponentsChanged(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String wabaId,
        String templateId,
        String templateName,
        String language,
        Instant occurredAt) {}

package io.switchboard.templates.internal;

import io.switchboard.channels.TemplateQualityChanged;
import io.switchboard.templates.TemplateQuality;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A template's quality score from {@code message_template_quality_update}. */
@Component
class TemplateQualityChangedListener {
    private final TemplateStore templates;
    private final TemplateUpdates updates;
    private final Clock clock;

    TemplateQualityChangedListener(TemplateStore templates, TemplateUpdates updates, Clock clock) {
        this.templates = templates;
        this.updates = updates;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TemplateQualityChanged event) {
        // Keyed on Meta's time: a redelivery sets the same score again, an older score is ignored.
        templates
                .locate(
                        event.workspaceId(),
                        event.channelId(),
                        event.templateId(),
                        event.templateName(),
                        event.language())
                .ifPresent(t -> updates.quality(
                        event.workspaceId(),
                        t.id(),
                        TemplateQuality.parse(event.newScore()),
                        event.occurredAt(),
                        clock.instant()));
    }
}

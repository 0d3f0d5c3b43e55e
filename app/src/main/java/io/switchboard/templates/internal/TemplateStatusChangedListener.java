package io.switchboard.templates.internal;

import io.switchboard.channels.TemplateStatusChanged;
import io.switchboard.templates.TemplateStatus;
import io.switchboard.templates.TemplateStatusUpdated;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Meta's review outcome and later status moves (paused, disabled, reinstated) onto the template. */
@Component
class TemplateStatusChangedListener {
    private static final Logger log = LoggerFactory.getLogger(TemplateStatusChangedListener.class);
    private final TemplateStore templates;
    private final TemplateUpdates updates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateStatusChangedListener(
            TemplateStore templates, TemplateUpdates updates, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.updates = updates;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TemplateStatusChanged event) {
        var status = TemplateStatus.fromProvider(event.event());
        var found = templates.locate(
                event.workspaceId(), event.channelId(), event.templateId(), event.templateName(), event.language());
        if (status.isEmpty() || found.isEmpty()) {
            // A template made elsewhere (WhatsApp Manager) that nobody synced yet, or an event kind from a
            // newer Graph version: the next sync brings the current state.
            log.debug("Template status {} for an unknown template or status, skipped", event.event());
            return;
        }
        var t = found.get();
        var reason = reason(event.reason(), event.detail());
        // Redelivered or older webhooks change nothing (the update compares Meta's times), so publish once.
        if (updates.status(event.workspaceId(), t.id(), status.get(), reason, event.occurredAt(), clock.instant())) {
            events.publishEvent(new TemplateStatusUpdated(
                    event.workspaceId(),
                    t.id(),
                    t.channelId(),
                    t.definition().name(),
                    t.definition().language(),
                    status.get(),
                    reason,
                    event.occurredAt()));
        }
    }

    static @Nullable String reason(@Nullable String reason, @Nullable String detail) {
        var main = reason == null || reason.equals("NONE") ? null : reason;
        if (detail == null || detail.isBlank()) {
            return main;
        }
        return main == null ? detail : main + ": " + detail;
    }
}

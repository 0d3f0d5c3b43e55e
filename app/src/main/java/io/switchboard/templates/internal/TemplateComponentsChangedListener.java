package io.switchboard.templates.internal;

import io.switchboard.channels.TemplateComponentsChanged;
import io.switchboard.channels.WhatsAppTemplates;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A template edited at the provider: re-read it from the Graph API (the event carries no text) and store
 * the new components. Reading the current state makes a redelivery harmless.
 */
@Component
class TemplateComponentsChangedListener {
    private final TemplateStore templates;
    private final WhatsAppTemplates provider;
    private final Clock clock;

    TemplateComponentsChangedListener(TemplateStore templates, WhatsAppTemplates provider, Clock clock) {
        this.templates = templates;
        this.provider = provider;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TemplateComponentsChanged event) {
        var found = templates.locate(
                event.workspaceId(), event.channelId(), event.templateId(), event.templateName(), event.language());
        if (found.isEmpty()) {
            return;
        }
        var t = found.get();
        provider.get(event.workspaceId(), t.channelId(), event.templateId()).ifPresent(json -> {
            var read = Definitions.withMapping(
                    MetaJson.fromMeta(json), t.definition().variableMapping());
            templates.updateDefinition(event.workspaceId(), t.id(), read, clock.instant());
        });
    }
}

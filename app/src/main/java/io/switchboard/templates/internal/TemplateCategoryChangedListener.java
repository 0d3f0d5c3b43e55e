package io.switchboard.templates.internal;

import io.switchboard.channels.TemplateCategoryChanged;
import io.switchboard.templates.TemplateCategory;
import io.switchboard.templates.TemplateDefinition;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Meta's re-categorisations: the history keeps every warning and change once; a change (not the 24-hour
 * warning) also becomes the template's category, since the business pays the category applied at send.
 */
@Component
class TemplateCategoryChangedListener {
    private final TemplateStore templates;
    private final TemplateUpdates updates;
    private final Clock clock;

    TemplateCategoryChangedListener(TemplateStore templates, TemplateUpdates updates, Clock clock) {
        this.templates = templates;
        this.updates = updates;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TemplateCategoryChanged event) {
        var found = templates.locate(
                event.workspaceId(), event.channelId(), event.templateId(), event.templateName(), event.language());
        if (found.isEmpty()) {
            return;
        }
        var t = found.get();
        var recorded = updates.categoryChange(
                event.workspaceId(),
                t.id(),
                event.previousCategory(),
                event.newCategory(),
                event.correctCategory(),
                event.occurredAt());
        var category = event.newCategory() == null ? null : TemplateCategory.parse(event.newCategory());
        if (!recorded || event.previousCategory() == null || category == null || category.isEmpty()) {
            return;
        }
        var d = t.definition();
        var changed = new TemplateDefinition(
                d.name(),
                d.language(),
                category.get().name(),
                d.parameterFormat(),
                d.header(),
                d.body(),
                d.footer(),
                d.buttons(),
                d.variableMapping());
        updates.category(
                event.workspaceId(), t.id(), category.get().name(), Definitions.write(changed), clock.instant());
    }
}

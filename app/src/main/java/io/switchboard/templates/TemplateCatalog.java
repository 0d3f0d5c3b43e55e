package io.switchboard.templates;

import io.switchboard.channels.ChannelId;
import io.switchboard.templates.internal.TemplateStore;
import io.switchboard.workspace.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only lookups for the modules that send templates (messaging's outbound policy, campaigns): is
 * this (name, language) of this channel's WABA approved, and in which category will Meta charge it.
 */
@Service
public class TemplateCatalog {
    /**
     * What a sender needs to know of one template.
     *
     * @param category the category as Meta last applied it (it may have re-categorised the template)
     */
    public record Entry(
            TemplateId id,
            TemplateStatus status,
            TemplateCategory category,
            TemplateQuality quality,
            boolean namedParameters) {}

    private final TemplateStore templates;

    TemplateCatalog(TemplateStore templates) {
        this.templates = templates;
    }

    /**
     * The template {@code name} in {@code language} (e.g. {@code en_US}) of the channel, in this workspace.
     * Empty when unknown here (never submitted, or not yet synced from the provider).
     */
    @Transactional(readOnly = true)
    public Optional<Entry> find(WorkspaceId workspace, ChannelId channel, String name, String language) {
        return templates
                .byName(workspace, channel, name, language)
                .map(t -> new Entry(
                        t.id(),
                        t.status(),
                        TemplateCategory.parse(t.definition().category()).orElse(TemplateCategory.MARKETING),
                        t.quality(),
                        t.definition().named()));
    }
}

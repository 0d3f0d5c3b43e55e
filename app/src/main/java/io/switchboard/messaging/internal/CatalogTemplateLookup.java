package io.switchboard.messaging.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.messaging.spi.TemplateLookup;
import io.switchboard.templates.TemplateCatalog;
import io.switchboard.workspace.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The outbound policy's view of templates, from the templates module's catalog (kept current by Meta's
 * status, category and quality webhooks). templates sits below messaging, so messaging calls it.
 */
@Component
class CatalogTemplateLookup implements TemplateLookup {
    private final TemplateCatalog catalog;

    CatalogTemplateLookup(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<TemplateState> find(WorkspaceId workspace, ChannelId channel, String name, String language) {
        return catalog.find(workspace, channel, name, language)
                .map(entry -> new TemplateState(
                        entry.status().name(), entry.category().name()));
    }
}

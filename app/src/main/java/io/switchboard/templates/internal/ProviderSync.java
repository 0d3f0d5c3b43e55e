package io.switchboard.templates.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.WhatsAppTemplates;
import io.switchboard.templates.Template;
import io.switchboard.templates.TemplateId;
import io.switchboard.templates.TemplateQuality;
import io.switchboard.templates.TemplateStatus;
import io.switchboard.templates.TemplateStatusUpdated;
import io.switchboard.templates.TemplateSync;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Copies a WABA's templates from the provider: one page at a time over HTTP, each page written in its own
 * transaction. A template is matched by provider id, else by name and language (one written elsewhere,
 * e.g. in WhatsApp Manager); the variable mapping, ours alone, is kept.
 */
@Component
public class ProviderSync {
    // Meta answers at most 1000 per page; 100 keeps each transaction short.
    static final int PAGE = 100;
    // Bounds a provider whose cursor never ends: 200 pages of 100 exceed Meta's 6000-template maximum.
    static final int MAX_PAGES = 200;
    private final WhatsAppTemplates provider;
    private final TemplateStore templates;
    private final TemplateUpdates updates;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderSync(
            WhatsAppTemplates provider,
            TemplateStore templates,
            TemplateUpdates updates,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock) {
        this.provider = provider;
        this.templates = templates;
        this.updates = updates;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    public TemplateSync run(WorkspaceId workspace, ChannelId channel) {
        int created = 0;
        int updated = 0;
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            var result = provider.list(workspace, channel, after, PAGE);
            for (var item : result.templates()) {
                var isNew = Boolean.TRUE.equals(tx.execute(s -> upsert(workspace, channel, item)));
                created += isNew ? 1 : 0;
                updated += isNew ? 0 : 1;
            }
            after = result.after();
            if (after == null) {
                break;
            }
        }
        return new TemplateSync(created, updated);
    }

    /** Stores one provider template; true if it was new here. */
    boolean upsert(WorkspaceId workspace, ChannelId channel, JsonNode item) {
        var providerId = item.path("id").asString("");
        var read = MetaJson.fromMeta(item);
        var status =
                TemplateStatus.fromProvider(item.path("status").asString("")).orElse(TemplateStatus.PENDING);
        var quality =
                TemplateQuality.parse(item.path("quality_score").path("score").asString("UNKNOWN"));
        var reason = reason(item);
        Optional<Template> known = templates
                .byProvider(workspace, providerId)
                .or(() -> templates.byName(workspace, channel, read.name(), read.language()));
        var now = clock.instant();
        if (known.isPresent()) {
            var t = known.get();
            var definition = Definitions.withMapping(read, t.definition().variableMapping());
            templates.updateDefinition(workspace, t.id(), definition, now);
            updates.synced(workspace, t.id(), providerId, status, quality, reason, now);
            if (t.status() != status) {
                events.publishEvent(new TemplateStatusUpdated(
                        workspace, t.id(), channel, read.name(), read.language(), status, reason, now));
            }
            return false;
        }
        var id = TemplateId.random();
        templates.insert(workspace, id, channel, read, status, providerId, quality, now);
        updates.synced(workspace, id, providerId, status, quality, reason, now);
        events.publishEvent(
                new TemplateStatusUpdated(workspace, id, channel, read.name(), read.language(), status, reason, now));
        return true;
    }

    private static @Nullable String reason(JsonNode item) {
        var reason = item.path("rejected_reason").asString("NONE");
        return reason.isBlank() || reason.equals("NONE") ? null : reason;
    }
}

package io.switchboard.templates;

import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.TemplateProviderException;
import io.switchboard.channels.WhatsAppTemplates;
import io.switchboard.templates.internal.MetaJson;
import io.switchboard.templates.internal.Preview;
import io.switchboard.templates.internal.ProviderSync;
import io.switchboard.templates.internal.TemplateRules;
import io.switchboard.templates.internal.TemplateStore;
import io.switchboard.templates.internal.TemplateUpdates;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The templates of a workspace: write drafts checked against Meta's rules, submit them to the channel's
 * provider, sync what the provider holds, delete. Every method is scoped to one workspace. Provider calls
 * run outside transactions; only their outcome is written. Publishes {@link TemplateStatusUpdated}.
 */
@Service
public class TemplateManagement {
    private final TemplateStore templates;
    private final TemplateUpdates updates;
    private final ChannelManagement channels;
    private final WhatsAppTemplates provider;
    private final ProviderSync sync;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateManagement(
            TemplateStore templates,
            TemplateUpdates updates,
            ChannelManagement channels,
            WhatsAppTemplates provider,
            ProviderSync sync,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock) {
        this.templates = templates;
        this.updates = updates;
        this.channels = channels;
        this.provider = provider;
        this.sync = sync;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** Every template of the workspace, by name and language; without category history. */
    public List<Template> list(WorkspaceId workspace) {
        return tx.execute(s -> templates.list(workspace));
    }

    /** @throws TemplateException NOT_FOUND if the id is unknown in this workspace */
    public Template get(WorkspaceId workspace, TemplateId id) {
        return tx.execute(s -> templates.find(workspace, id)).orElseThrow(TemplateException::notFound);
    }

    /**
     * Stores a DRAFT for the channel's WABA.
     *
     * @throws TemplateException INVALID listing every broken rule, CONFLICT if the name and language exist
     */
    public Template create(WorkspaceId workspace, ChannelId channel, TemplateDefinition definition) {
        var violations = new ArrayList<>(TemplateRules.check(definition));
        try {
            channels.channel(workspace, channel);
        } catch (ChannelException e) {
            violations.addFirst(new TemplateViolation("channelId", "Choose a WhatsApp number of this workspace."));
        }
        if (!violations.isEmpty()) {
            throw TemplateException.invalid(violations);
        }
        var id = TemplateId.random();
        try {
            tx.executeWithoutResult(s -> templates.insert(
                    workspace,
                    id,
                    channel,
                    definition,
                    TemplateStatus.DRAFT,
                    null,
                    TemplateQuality.UNKNOWN,
                    clock.instant()));
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        return get(workspace, id);
    }

    /** Rewrites a DRAFT. @throws TemplateException CONFLICT once submitted (Meta owns it then) */
    public Template update(WorkspaceId workspace, TemplateId id, TemplateDefinition definition) {
        var current = get(workspace, id);
        if (current.status() != TemplateStatus.DRAFT) {
            throw TemplateException.conflict(
                    "template-submitted", "Only drafts can be edited; this one was submitted.");
        }
        check(definition);
        try {
            tx.executeWithoutResult(s -> templates.updateDefinition(workspace, id, definition, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        return get(workspace, id);
    }

    /**
     * Sends a DRAFT to the provider for review; it becomes PENDING (or what the provider answered).
     *
     * @throws TemplateException INVALID, CONFLICT if not a draft, PROVIDER if the provider refused it
     */
    public Template submit(WorkspaceId workspace, TemplateId id) {
        var current = get(workspace, id);
        if (current.status() != TemplateStatus.DRAFT) {
            throw TemplateException.conflict("template-submitted", "This template was already submitted.");
        }
        check(current.definition());
        var definition = current.definition();
        var answer = callProvider(() -> provider.submit(workspace, current.channelId(), MetaJson.toMeta(definition)));
        var status = TemplateStatus.fromProvider(answer.status()).orElse(TemplateStatus.PENDING);
        var category = answer.category() == null ? definition.category().toUpperCase(Locale.ROOT) : answer.category();
        tx.executeWithoutResult(s -> {
            updates.submitted(workspace, id, answer.providerId(), status, category, clock.instant());
            events.publishEvent(new TemplateStatusUpdated(
                    workspace,
                    id,
                    current.channelId(),
                    definition.name(),
                    definition.language(),
                    status,
                    null,
                    clock.instant()));
        });
        return get(workspace, id);
    }

    /** Reads every template of the channel's WABA from the provider and stores them (by provider id, else name and language). */
    public TemplateSync sync(WorkspaceId workspace, ChannelId channel) {
        try {
            channels.channel(workspace, channel);
        } catch (ChannelException e) {
            throw TemplateException.invalid(
                    List.of(new TemplateViolation("channelId", "Choose a WhatsApp number of this workspace.")));
        }
        return callProvider(() -> sync.run(workspace, channel));
    }

    /** Deletes the template here and, once submitted, this language of it at the provider. */
    public void delete(WorkspaceId workspace, TemplateId id) {
        var current = get(workspace, id);
        if (current.providerId() != null) {
            try {
                provider.delete(
                        workspace, current.channelId(), current.definition().name(), current.providerId());
            } catch (TemplateProviderException e) {
                // Already gone at the provider (deleted in WhatsApp Manager): only our copy is left to remove.
                if (e.httpStatus() != 404) {
                    throw providerProblem(e);
                }
            }
        }
        tx.executeWithoutResult(s -> templates.delete(workspace, id));
    }

    /** The definition filled with {@code samples}, else its own examples; checks nothing. */
    public RenderedTemplate preview(TemplateDefinition definition, Map<String, String> samples) {
        return Preview.render(definition, samples);
    }

    /** The broken rules of a definition, for forms that show them while typing. */
    public List<TemplateViolation> violations(TemplateDefinition definition) {
        return TemplateRules.check(definition);
    }

    private static void check(TemplateDefinition definition) {
        var violations = TemplateRules.check(definition);
        if (!violations.isEmpty()) {
            throw TemplateException.invalid(violations);
        }
    }

    private static <T> T callProvider(Supplier<T> call) {
        try {
            return call.get();
        } catch (TemplateProviderException e) {
            throw providerProblem(e);
        }
    }

    private static TemplateException providerProblem(TemplateProviderException e) {
        if (e.unavailable()) {
            return new TemplateException(
                    TemplateException.Kind.UNAVAILABLE,
                    "template-provider-unavailable",
                    "WhatsApp could not be reached; try again in a minute.",
                    List.of());
        }
        return new TemplateException(
                TemplateException.Kind.PROVIDER,
                "template-provider-refused",
                "WhatsApp refused the template: " + e.getMessage(),
                List.of());
    }

    private static TemplateException duplicate() {
        return TemplateException.conflict(
                "template-exists", "This number already has a template with this name and language.");
    }
}

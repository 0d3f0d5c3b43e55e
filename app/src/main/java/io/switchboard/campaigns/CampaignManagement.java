package io.switchboard.campaigns;

import io.switchboard.billing.CostEstimates;
import io.switchboard.billing.Estimate;
import io.switchboard.billing.PricingCategory;
import io.switchboard.campaigns.internal.CampaignStore;
import io.switchboard.campaigns.internal.ContactZones;
import io.switchboard.campaigns.internal.Recipients;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.SegmentManagement;
import io.switchboard.messaging.OutboundMessaging;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.templates.TemplateCatalog;
import io.switchboard.templates.TemplateCategory;
import io.switchboard.templates.TemplateDefinition;
import io.switchboard.templates.TemplateManagement;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns of a workspace: create, dry run, launch (now or at a time), pause, resume, cancel, funnel. */
@Service
public class CampaignManagement {

    /**
     * What a new campaign needs.
     *
     * @param audience the recipients: contact ids of this workspace, WhatsApp ids (a CSV's numbers; an
     *     unknown number becomes a contact) and/or a segment of this workspace (its members at launch)
     * @param sendWindow the hours of each contact's local day the campaign may reach it; {@code null} for any
     */
    public record NewCampaign(
            String name,
            ChannelId channelId,
            String templateName,
            String templateLanguage,
            List<Campaign.Parameter> parameters,
            Audience audience,
            @Nullable SendWindow sendWindow) {

        public NewCampaign(
                String name,
                ChannelId channelId,
                String templateName,
                String templateLanguage,
                List<Campaign.Parameter> parameters,
                Audience audience) {
            this(name, channelId, templateName, templateLanguage, parameters, audience, null);
        }
    }

    /** Scheduled times up to this far in the past count as "now" (a form gives whole minutes). */
    static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);

    private final CampaignStore store;
    private final Recipients recipients;
    private final ContactZones zones;
    private final ChannelManagement channels;
    private final TemplateManagement templates;
    private final OutboundMessaging outbound;
    private final ServiceWindows windows;
    private final TemplateCatalog catalog;
    private final CostEstimates costs;
    private final SegmentManagement segments;
    private final Clock clock;

    CampaignManagement(
            CampaignStore store,
            Recipients recipients,
            ContactZones zones,
            ChannelManagement channels,
            TemplateManagement templates,
            OutboundMessaging outbound,
            ServiceWindows windows,
            TemplateCatalog catalog,
            CostEstimates costs,
            SegmentManagement segments,
            Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.zones = zones;
        this.channels = channels;
        this.templates = templates;
        this.outbound = outbound;
        this.windows = windows;
        this.catalog = catalog;
        this.costs = costs;
        this.segments = segments;
        this.clock = clock;
    }

    /**
     * Creates a DRAFT. The template must exist for the channel (it may still await approval) and every body
     * variable must have a parameter.
     */
    @Transactional
    public Campaign create(WorkspaceId ws, NewCampaign c, @Nullable UserId by) {
        if (c.name().isBlank() || c.name().length() > 120) {
            throw CampaignException.invalid("Give the campaign a name of at most 120 characters.");
        }
        channels.channel(ws, c.channelId());
        var template = templates.list(ws).stream()
                .filter(t -> t.channelId().equals(c.channelId())
                        && t.definition().name().equals(c.templateName())
                        && t.definition().language().equals(c.templateLanguage()))
                .findFirst()
                .orElseThrow(() -> CampaignException.invalid("The template " + c.templateName() + " ("
                        + c.templateLanguage() + ") does not exist for this number."));
        var variables = TemplateDefinition.positionalVariables(
                        template.definition().body().text())
                .size();
        if (template.definition().named()) {
            throw CampaignException.invalid("Templates with named variables cannot be broadcast yet.");
        }
        var parameters = c.parameters();
        if (parameters.isEmpty() && variables > 0) {
            parameters = fromMapping(template.definition());
        }
        if (parameters.size() != variables) {
            throw CampaignException.invalid("The template has " + variables + " body variables; " + parameters.size()
                    + " parameters were given.");
        }
        for (var p : parameters) {
            if ((p.field() == null) == (p.value() == null)) {
                throw CampaignException.invalid("Each parameter needs either a contact field or a fixed value.");
            }
            if (p.field() != null && !List.of("name", "phone", "wa_id").contains(p.field())) {
                throw CampaignException.invalid("A parameter's field must be name, phone or wa_id.");
            }
        }
        if (c.audience().isEmpty()) {
            throw CampaignException.invalid("The audience is empty.");
        }
        if (c.audience().segmentId() != null) {
            try {
                segments.get(ws, c.audience().segmentId());
            } catch (ContactException e) {
                throw new CampaignException(
                        CampaignException.Kind.NOT_FOUND, "segment-not-found", "No such segment in this workspace.");
            }
        }
        if (c.audience().size() > Audience.MAX) {
            throw CampaignException.invalid("An audience may name at most " + Audience.MAX + " recipients.");
        }
        var id = CampaignId.random();
        store.insert(
                ws,
                id,
                c.name().strip(),
                c.channelId(),
                c.templateName(),
                c.templateLanguage(),
                parameters,
                c.audience().toJson(),
                c.sendWindow(),
                by,
                clock.instant());
        return get(ws, id);
    }

    /**
     * The parameters a template's variable mapping gives ({{1}} → name, …), each with the template's sample
     * as the fallback; empty unless every body variable is mapped to a field a campaign can fill.
     */
    private static List<Campaign.Parameter> fromMapping(TemplateDefinition d) {
        var keys = TemplateDefinition.positionalVariables(d.body().text());
        var out = new ArrayList<Campaign.Parameter>();
        for (var key : keys) {
            var field = d.variableMapping().get(key);
            if (field == null || !List.of("name", "phone", "wa_id").contains(field)) {
                return List.of();
            }
            out.add(new Campaign.Parameter(field, null, d.body().examples().get(key)));
        }
        return List.copyOf(out);
    }

    @Transactional(readOnly = true)
    public Campaign get(WorkspaceId ws, CampaignId id) {
        return store.find(ws, id).orElseThrow(CampaignException::notFound).campaign();
    }

    @Transactional(readOnly = true)
    public List<Campaign> list(WorkspaceId ws) {
        return store.list(ws);
    }

    /**
     * What a launch would do now, with the segment's current members; nothing is stored or sent (unknown
     * WhatsApp numbers are not created).
     */
    @Transactional(readOnly = true)
    public DryRun dryRun(WorkspaceId ws, CampaignId id) {
        var row = store.find(ws, id).orElseThrow(CampaignException::notFound);
        var campaign = row.campaign();
        var audience = Audience.fromJson(row.audienceJson());
        var resolved = recipients.resolve(ws, audience, false);
        Map<String, Integer> skipped = new TreeMap<>();
        var wouldSend = 0;
        var outsideWindow = 0;
        var now = clock.instant();
        var inside = new ArrayList<String>();
        var outside = new ArrayList<String>();
        var window = campaign.sendWindow();
        var fallback = zones.workspaceZone(ws);
        var byProperty = window != null && zones.hasZoneProperty(ws);
        var waiting = 0;
        @Nullable Instant lastOpening = null;
        for (var contact : resolved.contacts()) {
            var decision = outbound.check(ws, recipients.request(ws, campaign, contact));
            if (decision.accepted()) {
                wouldSend++;
                if (window != null) {
                    var due = window.notBefore(
                            now, zones.of(ws, contact, byProperty, fallback).zone());
                    if (due.isAfter(now)) {
                        waiting++;
                        lastOpening = lastOpening == null || due.isAfter(lastOpening) ? due : lastOpening;
                    }
                }
                var who = recipients.pricingKey(ws, contact);
                if (!windows.isOpen(ws, contact, campaign.channelId(), now)) {
                    outsideWindow++;
                    outside.add(who);
                } else {
                    inside.add(who);
                }
            } else {
                skipped.merge(decision.reason().name(), 1, Integer::sum);
            }
        }
        if (resolved.unknownWaIds() > 0) {
            // Numbers that become contacts at launch: no consent on record yet, no open window.
            var marketing = catalog.find(ws, campaign.channelId(), campaign.templateName(), campaign.templateLanguage())
                    .map(e -> e.category() == TemplateCategory.MARKETING)
                    .orElse(true);
            if (marketing) {
                skipped.merge("NO_MARKETING_CONSENT", resolved.unknownWaIds(), Integer::sum);
            } else {
                wouldSend += resolved.unknownWaIds();
                outsideWindow += resolved.unknownWaIds();
                outside.addAll(resolved.unknownNumbers());
                if (window != null) {
                    for (var number : resolved.unknownNumbers()) {
                        var due = window.notBefore(
                                now, ContactZones.ofNumber(number, fallback).zone());
                        if (due.isAfter(now)) {
                            waiting++;
                            lastOpening = lastOpening == null || due.isAfter(lastOpening) ? due : lastOpening;
                        }
                    }
                }
            }
        }
        if (resolved.notFound() > 0) {
            skipped.merge("NOT_FOUND", resolved.notFound(), Integer::sum);
        }
        var remaining = outbound.remainingLimit(ws, campaign.channelId());
        var held = remaining == Long.MAX_VALUE ? 0 : (int) Math.max(0, outsideWindow - remaining);
        var category = catalog.find(ws, campaign.channelId(), campaign.templateName(), campaign.templateLanguage())
                .map(e -> PricingCategory.valueOf(e.category().name()))
                .orElse(PricingCategory.MARKETING);
        var markets = new ArrayList<Estimate.MarketCost>();
        BigDecimal total = null;
        String currency = null;
        for (var group : List.of(Map.entry(true, inside), Map.entry(false, outside))) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            var estimate = costs.estimate(ws, category, group.getValue(), now, group.getKey());
            markets.addAll(estimate.markets());
            if (estimate.markets().stream().anyMatch(m -> m.unitPrice() != null)
                    && (currency == null || currency.equals(estimate.currency()))) {
                currency = estimate.currency();
                total = total == null ? estimate.total() : total.add(estimate.total());
            }
        }
        return new DryRun(
                resolved.contacts().size() + resolved.unknownWaIds() + resolved.notFound(),
                resolved.duplicates(),
                wouldSend,
                held,
                skipped,
                total,
                currency,
                List.copyOf(markets),
                wouldSend - waiting,
                waiting,
                lastOpening);
    }

    /**
     * Launches a DRAFT now ({@code at} null) or at {@code at}. The runner then turns the audience into one
     * recipient per contact (in chunks, so a large audience does not hold this request), each due when its
     * send window opens, and hands them to messaging.
     *
     * @throws CampaignException INVALID if {@code at} is in the past (more than a minute ago)
     */
    @Transactional
    public Campaign launch(WorkspaceId ws, CampaignId id, @Nullable Instant at) {
        var row = store.lock(ws, id).orElseThrow(CampaignException::notFound);
        if (row.campaign().status() != CampaignStatus.DRAFT) {
            throw CampaignException.conflict("Only a draft can be launched; this campaign is "
                    + row.campaign().status() + ".");
        }
        var now = clock.instant();
        if (at != null && at.isBefore(now.minus(PAST_TOLERANCE))) {
            var zone = zones.workspaceZone(ws);
            throw CampaignException.invalid("The start time " + at.atZone(zone).toLocalDateTime() + " (" + zone
                    + ") is in the past; choose a later time or launch now.");
        }
        if (at != null && at.isAfter(now)) {
            store.schedule(ws, id, at, now);
        } else {
            store.setStatus(ws, id, CampaignStatus.RUNNING, null, now);
        }
        return get(ws, id);
    }

    /**
     * Launches a DRAFT at a time given as text: an ISO instant with an offset ({@code 2030-07-01T10:00:00+02:00}
     * or {@code …Z}) as it says, or a local date-time without one ({@code 2030-07-01T10:00}) in the workspace's
     * time zone; blank means now. A local time in a DST gap moves forward by the gap's length, one in an
     * overlap takes the earlier offset ({@link java.time.ZonedDateTime#of}).
     *
     * @throws CampaignException INVALID if the text is no such time or the time is in the past
     */
    @Transactional
    public Campaign launchAt(WorkspaceId ws, CampaignId id, @Nullable String at) {
        return launch(ws, id, at == null || at.isBlank() ? null : startTime(ws, at));
    }

    /** The instant a start time given as text means in this workspace (see {@link #launchAt}). */
    public Instant startTime(WorkspaceId ws, String text) {
        var t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // no offset: a local time in the workspace's zone
        }
        try {
            return zonedStart(LocalDateTime.parse(t), zones.workspaceZone(ws));
        } catch (DateTimeException e) {
            throw CampaignException.invalid("The start time \"" + t
                    + "\" is not a date and time; use 2030-07-01T10:00 (workspace time zone) or an ISO instant with an"
                    + " offset.");
        }
    }

    /** A local date-time in a zone, gaps and overlaps resolved as {@link java.time.ZonedDateTime#of} does. */
    static Instant zonedStart(LocalDateTime local, ZoneId zone) {
        return java.time.ZonedDateTime.of(local, zone).toInstant();
    }

    /** The workspace's time zone, in which pages show and read times. */
    public ZoneId timeZone(WorkspaceId ws) {
        return zones.workspaceZone(ws);
    }

    @Transactional
    public Campaign pause(WorkspaceId ws, CampaignId id, String reason) {
        var campaign =
                store.lock(ws, id).orElseThrow(CampaignException::notFound).campaign();
        if (campaign.status() != CampaignStatus.RUNNING && campaign.status() != CampaignStatus.SCHEDULED) {
            throw CampaignException.conflict("Only a running or scheduled campaign can be paused.");
        }
        store.setStatus(ws, id, CampaignStatus.PAUSED, reason, clock.instant());
        return get(ws, id);
    }

    @Transactional
    public Campaign resume(WorkspaceId ws, CampaignId id) {
        var campaign =
                store.lock(ws, id).orElseThrow(CampaignException::notFound).campaign();
        if (campaign.status() != CampaignStatus.PAUSED) {
            throw CampaignException.conflict("Only a paused campaign can be resumed.");
        }
        store.setStatus(ws, id, CampaignStatus.RUNNING, null, clock.instant());
        return get(ws, id);
    }

    @Transactional
    public Campaign cancel(WorkspaceId ws, CampaignId id) {
        var campaign =
                store.lock(ws, id).orElseThrow(CampaignException::notFound).campaign();
        if (campaign.status() == CampaignStatus.COMPLETED || campaign.status() == CampaignStatus.CANCELLED) {
            throw CampaignException.conflict("This campaign has already ended.");
        }
        var now = clock.instant();
        store.skipPending(ws, id, "CANCELLED", now);
        store.setStatus(ws, id, CampaignStatus.CANCELLED, null, now);
        return get(ws, id);
    }

    @Transactional(readOnly = true)
    public CampaignStats stats(WorkspaceId ws, CampaignId id) {
        store.find(ws, id).orElseThrow(CampaignException::notFound);
        return store.stats(ws, id);
    }
}

package io.switchboard.campaigns.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.campaigns.Audience;
import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.campaigns.CampaignStats;
import io.switchboard.campaigns.DryRun;
import io.switchboard.campaigns.SendWindow;
import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.SegmentId;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Broadcasts: create, dry run, launch, pause, resume, cancel, funnel. Owners, admins and API keys only. */
@RestController
@Tag(name = "Campaigns")
class CampaignApiController {
    /** @param segmentId a segment of the workspace: its members when the campaign launches */
    record AudienceRequest(
            @Nullable List<UUID> contactIds,
            @Nullable List<String> waIds,
            @Nullable UUID segmentId) {}

    record CreateRequest(
            @NotBlank @Size(max = 120) String name,
            @NotNull UUID channelId,
            @NotBlank String templateName,
            @NotBlank String templateLanguage,
            @Nullable List<Campaign.Parameter> parameters,
            @NotNull AudienceRequest audience,
            @Nullable WindowRequest sendWindow) {}

    /**
     * @param at when to start: an ISO instant with an offset ({@code 2030-07-01T08:00:00Z},
     *     {@code 2030-07-01T10:00:00+02:00}), or a local date-time without one ({@code 2030-07-01T10:00}) read in
     *     the workspace's time zone; absent means now, a time in the past is refused
     */
    record LaunchRequest(@Nullable String at) {}

    /**
     * @param start start of the daily send window in each contact's local time, {@code HH:mm}
     * @param end its end (exclusive); an end before the start runs overnight (22:00–06:00)
     */
    record WindowRequest(@Nullable String start, @Nullable String end) {}

    record PauseRequest(@Nullable @Size(max = 300) String reason) {}

    private final CampaignManagement campaigns;

    CampaignApiController(CampaignManagement campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping("/api/v1/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    Campaign create(@AuthenticationPrincipal SwitchboardPrincipal me, @Valid @RequestBody CreateRequest r) {
        manager(me);
        var audience = new Audience(
                r.audience().contactIds() == null
                        ? List.of()
                        : r.audience().contactIds().stream().map(ContactId::new).toList(),
                r.audience().waIds(),
                r.audience().segmentId() == null
                        ? null
                        : new SegmentId(r.audience().segmentId()));
        return campaigns.create(
                me.workspaceId(),
                new CampaignManagement.NewCampaign(
                        r.name(),
                        new ChannelId(r.channelId()),
                        r.templateName(),
                        r.templateLanguage(),
                        r.parameters() == null ? List.of() : r.parameters(),
                        audience,
                        r.sendWindow() == null
                                ? null
                                : SendWindow.parse(
                                        r.sendWindow().start(), r.sendWindow().end())),
                me.userId());
    }

    @GetMapping("/api/v1/campaigns")
    List<Campaign> list(@AuthenticationPrincipal SwitchboardPrincipal me) {
        return campaigns.list(me.workspaceId());
    }

    @GetMapping("/api/v1/campaigns/{id}")
    Campaign get(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        return campaigns.get(me.workspaceId(), new CampaignId(id));
    }

    @GetMapping("/api/v1/campaigns/{id}/stats")
    CampaignStats stats(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        return campaigns.stats(me.workspaceId(), new CampaignId(id));
    }

    @PostMapping("/api/v1/campaigns/{id}/dry-run")
    DryRun dryRun(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        manager(me);
        return campaigns.dryRun(me.workspaceId(), new CampaignId(id));
    }

    @PostMapping("/api/v1/campaigns/{id}/launch")
    Campaign launch(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable LaunchRequest r) {
        manager(me);
        return campaigns.launchAt(me.workspaceId(), new CampaignId(id), r == null ? null : r.at());
    }

    @PostMapping("/api/v1/campaigns/{id}/pause")
    Campaign pause(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable PauseRequest r) {
        manager(me);
        var reason = r == null || r.reason() == null || r.reason().isBlank() ? "Paused by " + who(me) : r.reason();
        return campaigns.pause(me.workspaceId(), new CampaignId(id), reason);
    }

    @PostMapping("/api/v1/campaigns/{id}/resume")
    Campaign resume(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        manager(me);
        return campaigns.resume(me.workspaceId(), new CampaignId(id));
    }

    @PostMapping("/api/v1/campaigns/{id}/cancel")
    Campaign cancel(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        manager(me);
        return campaigns.cancel(me.workspaceId(), new CampaignId(id));
    }

    private static String who(SwitchboardPrincipal me) {
        return me.displayName();
    }

    private static void manager(SwitchboardPrincipal me) {
        if (!me.canManage()) {
            throw new AccessDeniedException("Only owners and admins (or API keys) may run campaigns.");
        }
    }
}

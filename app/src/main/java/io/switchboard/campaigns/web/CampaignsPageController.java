package io.switchboard.campaigns.web;

import io.switchboard.campaigns.Audience;
import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignException;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.campaigns.SendWindow;
import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.contacts.SegmentId;
import io.switchboard.contacts.SegmentManagement;
import io.switchboard.templates.TemplateManagement;
import io.switchboard.templates.TemplateStatus;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaign pages: the list with a form for a new broadcast (numbers pasted or a CSV), and a campaign's page
 * with dry run, launch, pause, resume, cancel and a progress bar and funnel refreshed every second.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignsPageController {
    /** A template the form offers: approved ones only, per number. */
    record TemplateChoice(String value, String label) {}

    private final CampaignManagement campaigns;
    private final ChannelManagement channels;
    private final TemplateManagement templates;
    private final SegmentManagement segments;

    CampaignsPageController(
            CampaignManagement campaigns,
            ChannelManagement channels,
            TemplateManagement templates,
            SegmentManagement segments) {
        this.campaigns = campaigns;
        this.channels = channels;
        this.templates = templates;
        this.segments = segments;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        var ws = me.workspaceId();
        var names = new java.util.HashMap<ChannelId, String>();
        channels.channels(ws).forEach(c -> names.put(c.id(), c.name() + " " + c.displayPhoneNumber()));
        var choices = templates.list(ws).stream()
                .filter(t -> t.status() == TemplateStatus.APPROVED && names.containsKey(t.channelId()))
                .map(t -> new TemplateChoice(
                        t.channelId() + "|" + t.definition().name() + "|"
                                + t.definition().language(),
                        t.definition().name() + " (" + t.definition().language() + ", "
                                + t.definition().category() + ") · " + names.get(t.channelId())))
                .toList();
        model.addAttribute("campaigns", campaigns.list(ws));
        model.addAttribute("templates", choices);
        model.addAttribute("segments", segments.list(ws));
        model.addAttribute("canManage", me.canManage());
        model.addAttribute("zone", campaigns.timeZone(ws).getId());
        return "campaigns/list";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String template,
            @RequestParam(defaultValue = "") String parameters,
            @RequestParam(defaultValue = "") String numbers,
            @RequestParam(required = false) @Nullable UUID segment,
            @RequestParam(required = false) @Nullable MultipartFile csv,
            @RequestParam(defaultValue = "") String windowStart,
            @RequestParam(defaultValue = "") String windowEnd,
            RedirectAttributes redirect)
            throws IOException {
        manager(me);
        var parts = template.split("\\|", 3);
        if (parts.length != 3) {
            redirect.addFlashAttribute("problem", "Choose an approved template.");
            return "redirect:/campaigns";
        }
        var waIds = new ArrayList<String>(split(numbers));
        if (csv != null && !csv.isEmpty()) {
            // The first column of each row; a header row without digits is ignored.
            new String(csv.getBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
                var first = line.split("[,;\\t]", 2)[0].replaceAll("[\"']", "").strip();
                if (first.matches(".*\\d.*")) {
                    waIds.add(first);
                }
            });
        }
        try {
            var created = campaigns.create(
                    me.workspaceId(),
                    new CampaignManagement.NewCampaign(
                            name,
                            ChannelId.of(UUID.fromString(parts[0])),
                            parts[1],
                            parts[2],
                            parameters(parameters),
                            new Audience(List.of(), waIds, segment == null ? null : new SegmentId(segment)),
                            SendWindow.parse(windowStart, windowEnd)),
                    me.userId());
            return "redirect:/campaigns/" + created.id();
        } catch (CampaignException | ChannelException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/campaigns";
        }
    }

    @GetMapping("/{id}")
    String campaign(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("campaign", campaigns.get(me.workspaceId(), new CampaignId(id)));
        model.addAttribute("canManage", me.canManage());
        progress(me, id, model);
        return "campaigns/campaign";
    }

    /** The live part: status, progress bar, funnel; polled by the page every second. */
    @GetMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        var campaign = campaigns.get(me.workspaceId(), new CampaignId(id));
        var stats = campaigns.stats(me.workspaceId(), new CampaignId(id));
        var done = stats.total() - stats.pending();
        model.addAttribute("campaign", campaign);
        model.addAttribute("stats", stats);
        model.addAttribute("zone", campaigns.timeZone(me.workspaceId()).getId());
        model.addAttribute("percent", stats.total() == 0 ? 0 : done * 100 / stats.total());
        model.addAttribute("done", done);
        model.addAttribute("canManage", me.canManage());
        return "campaigns/campaign :: progress";
    }

    @PostMapping("/{id}/dry-run")
    String dryRun(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        manager(me);
        redirect.addFlashAttribute("dryRun", campaigns.dryRun(me.workspaceId(), new CampaignId(id)));
        return "redirect:/campaigns/" + id;
    }

    /** The date and time are read in the workspace's time zone; on a refusal the form shows them again. */
    @PostMapping("/{id}/launch")
    String launch(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String at,
            RedirectAttributes redirect) {
        manager(me);
        try {
            campaigns.launchAt(me.workspaceId(), new CampaignId(id), at);
        } catch (CampaignException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("launchAt", at);
        }
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/{id}/pause")
    String pause(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        manager(me);
        return act(
                id,
                redirect,
                () -> campaigns.pause(me.workspaceId(), new CampaignId(id), "Paused by " + me.displayName()));
    }

    @PostMapping("/{id}/resume")
    String resume(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        manager(me);
        return act(id, redirect, () -> campaigns.resume(me.workspaceId(), new CampaignId(id)));
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        manager(me);
        return act(id, redirect, () -> campaigns.cancel(me.workspaceId(), new CampaignId(id)));
    }

    private static String act(UUID id, RedirectAttributes redirect, java.util.function.Supplier<Campaign> action) {
        try {
            action.get();
        } catch (CampaignException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/campaigns/" + id;
    }

    /**
     * One parameter per line: {@code contact.name}, {@code contact.phone} or {@code contact.wa_id} (with
     * {@code |fallback}) for a contact field, anything else as a fixed value.
     */
    static List<Campaign.Parameter> parameters(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> {
                    if (l.startsWith("contact.")) {
                        var bar = l.indexOf('|');
                        var field = bar < 0 ? l.substring(8) : l.substring(8, bar);
                        return new Campaign.Parameter(
                                field.strip(),
                                null,
                                bar < 0 ? null : l.substring(bar + 1).strip());
                    }
                    return new Campaign.Parameter(null, l, null);
                })
                .toList();
    }

    private static List<String> split(String numbers) {
        return Arrays.stream(numbers.split("[\\r\\n,;]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    private static void manager(SwitchboardPrincipal me) {
        if (!me.canManage()) {
            throw new AccessDeniedException("Only owners and admins may run campaigns.");
        }
    }
}

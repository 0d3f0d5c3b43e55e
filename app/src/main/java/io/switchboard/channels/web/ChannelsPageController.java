package io.switchboard.channels.web;

import io.switchboard.Secret;
import io.switchboard.channels.ChannelDetails;
import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Channels pages: the numbers, a form to connect or edit one (secrets write-only), test and disable. */
@Controller
@RequestMapping("/channels")
class ChannelsPageController {
    /** The form; secrets are never filled in from storage, a blank secret keeps the stored one on edit. */
    record Form(
            @Nullable String name,
            @Nullable String phoneNumberId,
            @Nullable String wabaId,
            @Nullable String displayPhoneNumber,
            @Nullable String verifiedName,
            @Nullable String graphBaseUrl,
            @Nullable String graphVersion,
            @Nullable String accessToken,
            @Nullable String appSecret,
            @Nullable String verifyToken) {
        ChannelDetails details() {
            return new ChannelDetails(
                    name == null ? "" : name,
                    orEmpty(phoneNumberId),
                    orEmpty(wabaId),
                    orEmpty(displayPhoneNumber),
                    verifiedName,
                    graphBaseUrl,
                    graphVersion,
                    secret(accessToken),
                    secret(appSecret),
                    secret(verifyToken));
        }

        Form withoutSecrets() {
            return new Form(
                    name,
                    phoneNumberId,
                    wabaId,
                    displayPhoneNumber,
                    verifiedName,
                    graphBaseUrl,
                    graphVersion,
                    null,
                    null,
                    null);
        }

        private static String orEmpty(@Nullable String value) {
            return value == null ? "" : value;
        }

        private static @Nullable Secret secret(@Nullable String value) {
            return value == null || value.isBlank() ? null : new Secret(value);
        }
    }

    private final ChannelManagement channels;

    ChannelsPageController(ChannelManagement channels) {
        this.channels = channels;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("channels", channels.channels(me.workspaceId()));
        model.addAttribute("canManage", me.canManage());
        return "channels/list";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        ChannelApiController.requireManager(me);
        model.addAttribute("form", new Form(null, null, null, null, null, null, null, null, null, null));
        model.addAttribute("channelId", null);
        return "channels/form";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        ChannelApiController.requireManager(me);
        var c = channels.channel(me.workspaceId(), new ChannelId(id));
        model.addAttribute(
                "form",
                new Form(
                        c.name(),
                        c.phoneNumberId(),
                        c.wabaId(),
                        c.displayPhoneNumber(),
                        c.verifiedName(),
                        c.graphBaseUrl(),
                        c.graphVersion(),
                        null,
                        null,
                        null));
        model.addAttribute("channelId", id);
        return "channels/form";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @ModelAttribute Form form,
            Model model,
            RedirectAttributes redirect) {
        ChannelApiController.requireManager(me);
        try {
            channels.create(me.workspaceId(), form.details());
        } catch (ChannelException e) {
            return again(model, form, null, e);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/channels";
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @ModelAttribute Form form,
            Model model,
            RedirectAttributes redirect) {
        ChannelApiController.requireManager(me);
        try {
            channels.update(me.workspaceId(), new ChannelId(id), form.details());
        } catch (ChannelException e) {
            return again(model, form, id, e);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/channels";
    }

    @PostMapping("/{id}/test")
    String test(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        ChannelApiController.requireManager(me);
        var check = channels.test(me.workspaceId(), new ChannelId(id));
        redirect.addFlashAttribute("check", check);
        return "redirect:/channels";
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        ChannelApiController.requireManager(me);
        channels.disable(me.workspaceId(), new ChannelId(id));
        return "redirect:/channels";
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        ChannelApiController.requireManager(me);
        channels.enable(me.workspaceId(), new ChannelId(id));
        return "redirect:/channels";
    }

    private static String again(Model model, Form form, @Nullable UUID id, ChannelException e) {
        // Keep what was typed, except secrets: they are never echoed into a page.
        model.addAttribute("form", form.withoutSecrets());
        model.addAttribute("channelId", id);
        model.addAttribute("problem", e.getMessage());
        return "channels/form";
    }
}

package io.switchboard.templates.web;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.templates.TemplateException;
import io.switchboard.templates.TemplateId;
import io.switchboard.templates.TemplateManagement;
import io.switchboard.templates.TemplateViolation;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Templates pages: the list with status, quality and category; the form with live preview; submit, delete, sync. */
@Controller
@RequestMapping("/templates")
class TemplatesPageController {
    private final TemplateManagement templates;
    private final ChannelManagement channels;

    TemplatesPageController(TemplateManagement templates, ChannelManagement channels) {
        this.templates = templates;
        this.channels = channels;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("templates", templates.list(me.workspaceId()));
        model.addAttribute("channels", channels.channels(me.workspaceId()));
        model.addAttribute("canManage", me.canManage());
        return "templates/list";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        TemplateApiController.requireManager(me);
        var all = channels.channels(me.workspaceId());
        return form(
                me,
                model,
                TemplateForm.empty(all.isEmpty() ? null : all.getFirst().id().toString()),
                null,
                List.of(),
                null);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        TemplateApiController.requireManager(me);
        return form(
                me, model, TemplateForm.of(templates.get(me.workspaceId(), new TemplateId(id))), id, List.of(), null);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @ModelAttribute TemplateForm form,
            Model model,
            RedirectAttributes redirect) {
        TemplateApiController.requireManager(me);
        try {
            var channel = form.channelId() == null || form.channelId().isBlank()
                    ? null
                    : ChannelId.of(UUID.fromString(form.channelId()));
            if (channel == null) {
                throw TemplateException.invalid(
                        List.of(new TemplateViolation("channelId", "Choose a WhatsApp number of this workspace.")));
            }
            templates.create(me.workspaceId(), channel, form.definition());
        } catch (TemplateException e) {
            return form(me, model, form, null, e.violations(), e.getMessage());
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/templates";
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @ModelAttribute TemplateForm form,
            Model model,
            RedirectAttributes redirect) {
        TemplateApiController.requireManager(me);
        try {
            templates.update(me.workspaceId(), new TemplateId(id), form.definition());
        } catch (TemplateException e) {
            return form(me, model, form, id, e.violations(), e.getMessage());
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/templates";
    }

    /** The live preview beside the form (htmx): the definition as typed, filled with its examples. */
    @PostMapping("/preview")
    String preview(@ModelAttribute TemplateForm form, Model model) {
        var definition = form.definition();
        model.addAttribute("rendered", templates.preview(definition, Map.of()));
        return "templates/form :: preview";
    }

    @PostMapping("/{id}/submit")
    String submit(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        TemplateApiController.requireManager(me);
        return outcome(redirect, () -> templates.submit(me.workspaceId(), new TemplateId(id)), "submitted");
    }

    @PostMapping("/{id}/delete")
    String delete(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        TemplateApiController.requireManager(me);
        return outcome(redirect, () -> templates.delete(me.workspaceId(), new TemplateId(id)), "deleted");
    }

    @PostMapping("/sync")
    String sync(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam UUID channelId,
            RedirectAttributes redirect) {
        TemplateApiController.requireManager(me);
        return outcome(redirect, () -> templates.sync(me.workspaceId(), ChannelId.of(channelId)), "synced");
    }

    private static String outcome(RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (TemplateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/templates";
    }

    private String form(
            SwitchboardPrincipal me,
            Model model,
            TemplateForm form,
            @Nullable UUID id,
            List<TemplateViolation> violations,
            @Nullable String problem) {
        model.addAttribute("form", form);
        model.addAttribute("templateId", id);
        model.addAttribute("channels", channels.channels(me.workspaceId()));
        model.addAttribute("errors", TemplateForm.errors(violations));
        model.addAttribute("problem", problem);
        model.addAttribute("rendered", templates.preview(form.definition(), Map.of()));
        return "templates/form";
    }
}

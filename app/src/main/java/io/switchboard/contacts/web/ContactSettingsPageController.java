package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.contacts.ContactTags;
import io.switchboard.contacts.TagId;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's contact tags and property definitions; owners and admins change them. */
@Controller
@RequestMapping("/contacts/settings")
class ContactSettingsPageController {
    private final ContactTags tags;
    private final ContactProperties properties;

    ContactSettingsPageController(ContactTags tags, ContactProperties properties) {
        this.tags = tags;
        this.properties = properties;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("tags", tags.list(me.workspaceId()));
        model.addAttribute("properties", properties.list(me.workspaceId()));
        model.addAttribute("canManage", me.canManage());
        return "contacts/settings";
    }

    @PostMapping("/tags")
    String createTag(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String colour,
            Model model,
            RedirectAttributes redirect) {
        TagApiController.requireManager(me);
        model.addAttribute("tagName", name);
        return attempt(me, model, redirect, "tag", () -> tags.create(me.workspaceId(), name, colour));
    }

    @PostMapping("/tags/{id}/delete")
    String deleteTag(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        TagApiController.requireManager(me);
        tags.delete(me.workspaceId(), new TagId(id));
        redirect.addFlashAttribute("notice", "deleted");
        return "redirect:/contacts/settings";
    }

    /** {@code options}: one per line. */
    @PostMapping("/properties")
    String createProperty(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "text") String type,
            @RequestParam(defaultValue = "") String options,
            Model model,
            RedirectAttributes redirect) {
        TagApiController.requireManager(me);
        model.addAttribute("propertyKey", key);
        model.addAttribute("propertyLabel", label);
        model.addAttribute("propertyType", type);
        model.addAttribute("propertyOptions", options);
        var list = Arrays.stream(options.split("\\R")).filter(o -> !o.isBlank()).toList();
        return attempt(
                me, model, redirect, "property", () -> properties.create(me.workspaceId(), key, label, type, list));
    }

    @PostMapping("/properties/{id}/delete")
    String deleteProperty(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        TagApiController.requireManager(me);
        properties.delete(me.workspaceId(), id);
        redirect.addFlashAttribute("notice", "deleted");
        return "redirect:/contacts/settings";
    }

    private String attempt(
            SwitchboardPrincipal me, Model model, RedirectAttributes redirect, String part, Runnable change) {
        try {
            change.run();
        } catch (ContactException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemPart", part);
            model.addAttribute("errors", e.violations());
            return page(me, model);
        }
        redirect.addFlashAttribute("notice", part);
        return "redirect:/contacts/settings";
    }
}

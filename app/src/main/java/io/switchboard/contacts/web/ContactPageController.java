package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactChange;
import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactEditor;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.ContactNotes;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.contacts.ContactTags;
import io.switchboard.contacts.PropertyType;
import io.switchboard.contacts.TagId;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One contact: identities, details, tags, typed properties, notes, merge and delete. A refused change is
 * shown beside its form with what was typed; the conversation history comes from the inbox by htmx.
 */
@Controller
@RequestMapping("/contacts/{id}")
class ContactPageController {
    private final ContactManagement contacts;
    private final ContactDirectory directory;
    private final ContactEditor editor;
    private final ContactTags tags;
    private final ContactProperties properties;
    private final ContactNotes notes;

    ContactPageController(
            ContactManagement contacts,
            ContactDirectory directory,
            ContactEditor editor,
            ContactTags tags,
            ContactProperties properties,
            ContactNotes notes) {
        this.contacts = contacts;
        this.directory = directory;
        this.editor = editor;
        this.tags = tags;
        this.properties = properties;
        this.notes = notes;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        var workspace = me.workspaceId();
        var contact = new ContactId(id);
        var details = directory.details(workspace, contact);
        model.addAttribute("details", details);
        model.addAttribute("identities", contacts.identities(workspace, contact));
        model.addAttribute("allTags", tags.list(workspace));
        model.addAttribute("properties", properties.list(workspace));
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", details.properties());
        }
        model.addAttribute("notes", notes.list(workspace, contact));
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "contacts/contact";
    }

    @PostMapping
    String details(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String email,
            Model model,
            RedirectAttributes redirect) {
        var change = new ContactChange(displayName, email, phone, null);
        return attempt(
                me, id, model, redirect, "details", () -> editor.change(me.workspaceId(), new ContactId(id), change));
    }

    /** Every property of the workspace is in the form: an empty field removes that value. */
    @PostMapping("/properties")
    String properties(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        var typed = new HashMap<String, @Nullable Object>();
        for (var definition : properties.list(me.workspaceId())) {
            var given = form.getOrDefault("p." + definition.key(), List.of());
            typed.put(
                    definition.key(),
                    definition.type() == PropertyType.MULTI_SELECT
                            ? new ArrayList<>(given)
                            : given.isEmpty() ? null : given.getFirst());
        }
        model.addAttribute("values", typed);
        return attempt(
                me,
                id,
                model,
                redirect,
                "properties",
                () -> editor.change(me.workspaceId(), new ContactId(id), ContactChange.properties(typed)));
    }

    /** A tag chosen from the list or typed (a new name makes the tag). */
    @PostMapping("/tags")
    String addTag(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID tagId,
            @RequestParam(defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect) {
        return attempt(me, id, model, redirect, "tags", () -> {
            var workspace = me.workspaceId();
            var tag = tagId != null
                    ? new TagId(tagId)
                    : tags.findOrCreate(workspace, name).id();
            tags.attach(workspace, new ContactId(id), tag);
        });
    }

    @PostMapping("/tags/{tagId}/remove")
    String removeTag(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @PathVariable UUID tagId,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                me,
                id,
                model,
                redirect,
                "tags",
                () -> tags.detach(me.workspaceId(), new ContactId(id), new TagId(tagId)));
    }

    @PostMapping("/notes")
    String addNote(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("noteBody", body);
        var author = me.userId() == null ? null : me.userId().value();
        return attempt(
                me,
                id,
                model,
                redirect,
                "notes",
                () -> notes.add(me.workspaceId(), new ContactId(id), author, me.displayName(), body));
    }

    /** Merges the contact typed (id, e-mail, phone or WhatsApp id) into this one. */
    @PostMapping("/merge")
    String merge(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String other,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("mergeOther", other);
        return attempt(me, id, model, redirect, "merge", () -> {
            var from = contacts.resolve(me.workspaceId(), other)
                    .orElseThrow(() -> ContactException.invalid(
                            "other", "No other contact has this id, e-mail address, phone number or WhatsApp id."));
            editor.merge(me.workspaceId(), new ContactId(id), from);
        });
    }

    @PostMapping("/delete")
    String delete(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        editor.delete(me.workspaceId(), new ContactId(id));
        redirect.addFlashAttribute("notice", "deleted");
        return "redirect:/contacts";
    }

    /** Runs the change; on success back to the page (PRG), on a refusal the page with the problem beside {@code part}. */
    private String attempt(
            SwitchboardPrincipal me, UUID id, Model model, RedirectAttributes redirect, String part, Runnable change) {
        try {
            change.run();
        } catch (ContactException e) {
            if (e.kind() == ContactException.Kind.NOT_FOUND && e.slug().equals("contact-not-found")) {
                throw e;
            }
            var errors = new HashMap<String, String>();
            e.violations().forEach(v -> errors.merge(v.field(), v.message(), (a, b) -> a + " " + b));
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemPart", part);
            model.addAttribute("errors", errors);
            return show(me, id, model);
        }
        redirect.addFlashAttribute("notice", part);
        return "redirect:/contacts/" + id;
    }
}

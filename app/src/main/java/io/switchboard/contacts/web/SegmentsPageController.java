package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactPage;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.contacts.ContactTags;
import io.switchboard.contacts.SegmentId;
import io.switchboard.contacts.SegmentManagement;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
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

/** Segments in the browser: the list, and an editor with condition rows, a live count and a preview. */
@Controller
@RequestMapping("/contacts/segments")
class SegmentsPageController {
    static final int PREVIEW = 10;

    private final SegmentManagement segments;
    private final ContactTags tags;
    private final ContactProperties properties;

    SegmentsPageController(SegmentManagement segments, ContactTags tags, ContactProperties properties) {
        this.segments = segments;
        this.tags = tags;
        this.properties = properties;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("segments", segments.list(me.workspaceId()));
        return "contacts/segments";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        return editor(me, null, SegmentForm.empty(), model);
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        var segment = segments.get(me.workspaceId(), new SegmentId(id));
        return editor(me, id, SegmentForm.of(segment.name(), segment.definition()), model);
    }

    /** The live count and the first members of what the editor holds now; nothing is stored. */
    @PostMapping("/count")
    String count(@AuthenticationPrincipal SwitchboardPrincipal me, @ModelAttribute SegmentForm form, Model model) {
        try {
            var definition = form.definition();
            model.addAttribute("count", segments.count(me.workspaceId(), definition));
            model.addAttribute(
                    "preview",
                    segments.members(me.workspaceId(), definition, null, PREVIEW)
                            .contacts());
        } catch (ContactException e) {
            problem(e, model);
            model.addAttribute("preview", new ContactPage(List.of(), null).contacts());
        }
        return "contacts/segment :: count";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @ModelAttribute SegmentForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            var saved = segments.create(me.workspaceId(), form.name(), form.definition());
            redirect.addFlashAttribute("notice", "segmentSaved");
            return "redirect:/contacts/segments/" + saved.id();
        } catch (ContactException e) {
            problem(e, model);
            return editor(me, null, form, model);
        }
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @ModelAttribute SegmentForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            segments.update(me.workspaceId(), new SegmentId(id), form.name(), form.definition());
            redirect.addFlashAttribute("notice", "segmentSaved");
            return "redirect:/contacts/segments/" + id;
        } catch (ContactException e) {
            if (e.kind() == ContactException.Kind.NOT_FOUND) {
                throw e;
            }
            problem(e, model);
            return editor(me, id, form, model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        segments.delete(me.workspaceId(), new SegmentId(id));
        redirect.addFlashAttribute("notice", "segmentDeleted");
        return "redirect:/contacts/segments";
    }

    private String editor(SwitchboardPrincipal me, @Nullable UUID id, SegmentForm form, Model model) {
        var workspace = me.workspaceId();
        model.addAttribute("segmentId", id);
        model.addAttribute("form", form);
        model.addAttribute("kinds", segments.kinds());
        model.addAttribute("tags", tags.list(workspace));
        model.addAttribute("properties", properties.list(workspace));
        return "contacts/segment";
    }

    /** The problem, each condition at fault named by its row number as people count. */
    private static void problem(ContactException e, Model model) {
        model.addAttribute("problem", e.getMessage());
        model.addAttribute(
                "errors",
                e.violations().stream()
                        .map(v -> {
                            var row = ROW.matcher(v.field());
                            return row.lookingAt()
                                    ? "Condition " + (Integer.parseInt(row.group(1)) + 1) + ": " + v.message()
                                    : v.message();
                        })
                        .toList());
    }

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("conditions\\[(\\d+)]");
}

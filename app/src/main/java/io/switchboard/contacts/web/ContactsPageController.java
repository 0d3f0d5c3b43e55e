package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactChange;
import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactEditor;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactPage;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.contacts.ContactTags;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The contact list: search, filters, pages, CSV export of what is shown, and a form for a new contact. */
@Controller
@RequestMapping("/contacts")
class ContactsPageController {
    static final int PAGE = 50;

    private final ContactDirectory directory;
    private final ContactEditor editor;
    private final ContactTags tags;
    private final ContactProperties properties;
    private final CsvExport csv;

    ContactsPageController(
            ContactDirectory directory,
            ContactEditor editor,
            ContactTags tags,
            ContactProperties properties,
            CsvExport csv) {
        this.directory = directory;
        this.editor = editor;
        this.tags = tags;
        this.properties = properties;
        this.csv = csv;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @ModelAttribute("form") ContactListForm form,
            @RequestParam(required = false) @Nullable UUID after,
            Model model) {
        var workspace = me.workspaceId();
        model.addAttribute("tags", tags.list(workspace));
        model.addAttribute("properties", properties.list(workspace));
        ContactPage page;
        try {
            page = directory.list(workspace, form.filter(), after == null ? null : new ContactId(after), PAGE);
        } catch (ContactException e) {
            model.addAttribute("problem", e.getMessage());
            page = new ContactPage(List.of(), null);
        }
        model.addAttribute("rows", page.contacts());
        model.addAttribute("next", page.next());
        return "contacts/list";
    }

    @GetMapping("/export")
    void export(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @ModelAttribute ContactListForm form,
            HttpServletResponse response)
            throws IOException {
        ContactExportApiController.stream(csv, me, form.query(), response);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String email,
            Model model) {
        try {
            var id = editor.create(me.workspaceId(), new ContactChange(displayName, email, phone, null), List.of());
            return "redirect:/contacts/" + id;
        } catch (ContactException e) {
            model.addAttribute("form", new ContactListForm(null, null, null, null, null, null, null));
            model.addAttribute("createProblem", e.getMessage());
            model.addAttribute("newContact", new ContactChange(displayName, email, phone, null));
            return list(me, new ContactListForm(null, null, null, null, null, null, null), null, model);
        }
    }
}

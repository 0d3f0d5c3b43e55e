package io.switchboard.contacts.web;

import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactImport;
import io.switchboard.contacts.ContactImports;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.contacts.PropertyDefinition;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** CSV import pages: upload, the column mapping step, live progress and the report of refused rows. */
@Controller
@RequestMapping("/contacts/imports")
class ImportsPageController {
    /** A target field the mapping step offers. */
    record Target(String value, String label) {}

    private final ContactImports imports;
    private final ContactProperties properties;

    ImportsPageController(ContactImports imports, ContactProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("imports", imports.list(me.workspaceId()));
        return "contacts/imports";
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal SwitchboardPrincipal me, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        try {
            var job = imports.upload(
                    me.workspaceId(),
                    file.getOriginalFilename() == null ? "contacts.csv" : file.getOriginalFilename(),
                    new String(file.getBytes(), StandardCharsets.UTF_8),
                    me.displayName());
            return "redirect:/contacts/imports/" + job.id();
        } catch (ContactException e) {
            model.addAttribute("problem", e.getMessage());
            return list(me, model);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        var job = imports.get(me.workspaceId(), id);
        var definitions = properties.list(me.workspaceId());
        model.addAttribute("job", job);
        model.addAttribute("targets", targets(definitions));
        if (!model.containsAttribute("guesses")) {
            model.addAttribute("guesses", guesses(job, definitions));
        }
        return "contacts/import";
    }

    /** Columns come as {@code field.<index>} so any header text can be a column name. */
    @PostMapping("/{id}/run")
    String run(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model) {
        var job = imports.get(me.workspaceId(), id);
        var mapping = new HashMap<String, String>();
        var chosen = new ArrayList<String>();
        for (var i = 0; i < job.columns().size(); i++) {
            var field = form.getFirst("field." + i);
            chosen.add(field == null ? "" : field);
            mapping.put(job.columns().get(i), field == null ? "" : field);
        }
        try {
            imports.start(me.workspaceId(), id, mapping, form.getFirst("defaultCountry"));
        } catch (ContactException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("errors", e.violations());
            model.addAttribute("guesses", chosen);
            model.addAttribute("defaultCountry", form.getFirst("defaultCountry"));
            return show(me, id, model);
        }
        return "redirect:/contacts/imports/" + id;
    }

    /** The progress fragment; htmx polls it while the job runs. */
    @GetMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.get(me.workspaceId(), id));
        return "contacts/import :: progress";
    }

    @GetMapping("/{id}/errors")
    void errors(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        ImportApiController.report(imports, me, id, response);
    }

    private static List<Target> targets(List<PropertyDefinition> definitions) {
        var out = new ArrayList<Target>(List.of(
                new Target("displayName", "Name"),
                new Target("phone", "Phone"),
                new Target("email", "E-mail"),
                new Target("tags", "Tags (separated by ; or |)")));
        definitions.forEach(d -> out.add(new Target("properties." + d.key(), d.label())));
        return out;
    }

    /** A first guess per column from its header: "Mobile" → phone, "E-mail" → email, a property's key or label. */
    private static List<String> guesses(ContactImport job, List<PropertyDefinition> definitions) {
        var out = new ArrayList<String>();
        for (var column : job.columns()) {
            var text = column.toLowerCase(Locale.ROOT).strip();
            var guess = text.contains("mail")
                    ? "email"
                    : text.matches(".*(phone|mobile|tel|cell|whatsapp).*")
                            ? "phone"
                            : text.contains("name")
                                    ? "displayName"
                                    : text.startsWith("tag") || text.equals("labels") ? "tags" : "";
            for (var d : definitions) {
                if (d.key().equals(text) || d.label().toLowerCase(Locale.ROOT).equals(text)) {
                    guess = "properties." + d.key();
                }
            }
            out.add(guess);
        }
        return out;
    }
}

package io.switchboard.workspace.web;

import io.switchboard.workspace.WorkspaceException;
import io.switchboard.workspace.WorkspaceManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Instance administration (/admin is limited to instance administrators by the security chain). */
@Controller
@RequestMapping("/admin/workspaces")
class AdminPageController {
    private final WorkspaceManagement workspaces;

    AdminPageController(WorkspaceManagement workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("workspaces", workspaces.all());
        return "workspace/admin-workspaces";
    }

    /** Creates a workspace for a business; an existing user becomes its owner, or a new one is created. */
    @PostMapping
    String create(
            @RequestParam String name,
            @RequestParam String ownerEmail,
            @RequestParam(defaultValue = "") String ownerName,
            @RequestParam(defaultValue = "") String ownerPassword,
            RedirectAttributes redirect) {
        try {
            var created = workspaces.create(
                    name,
                    ownerEmail,
                    ownerName.isBlank() ? ownerEmail : ownerName,
                    ownerPassword.isEmpty() ? null : ownerPassword,
                    false);
            redirect.addFlashAttribute("created", created.name());
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute(
                    "form", java.util.Map.of("name", name, "ownerEmail", ownerEmail, "ownerName", ownerName));
        }
        return "redirect:/admin/workspaces";
    }
}

package io.switchboard.workspace.web;

import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceException;
import io.switchboard.workspace.WorkspaceManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where an invitation link lands: choose a name and password, or confirm with an existing one. */
@Controller
class InvitationController {
    private final UserManagement users;
    private final WorkspaceManagement workspaces;

    InvitationController(UserManagement users, WorkspaceManagement workspaces) {
        this.users = users;
        this.workspaces = workspaces;
    }

    @GetMapping("/invite/{token}")
    String show(@PathVariable String token, Model model) {
        return page(token, "", model);
    }

    @PostMapping("/invite/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        try {
            users.accept(token, name, password);
            return "redirect:/login?joined";
        } catch (WorkspaceException e) {
            model.addAttribute("problem", e.getMessage());
            return page(token, name, model);
        }
    }

    private String page(String token, String name, Model model) {
        var invitation = users.invitation(token);
        model.addAttribute("token", token);
        model.addAttribute("name", name);
        invitation.ifPresent(i -> {
            model.addAttribute("invitation", i);
            model.addAttribute("workspace", workspaces.get(i.workspaceId()));
            model.addAttribute("hasAccount", users.hasAccount(i.email()));
        });
        return "workspace/invite";
    }
}

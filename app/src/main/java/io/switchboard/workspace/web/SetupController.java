package io.switchboard.workspace.web;

import io.switchboard.workspace.WorkspaceException;
import io.switchboard.workspace.WorkspaceManagement;
import io.switchboard.workspace.internal.FirstStart;
import io.switchboard.workspace.internal.SetupGate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The one-time setup page, open only with the token printed in the console on first start. */
@Controller
class SetupController {
    record SetupForm(String token, String workspaceName, String name, String email, String password) {}

    private final SetupGate gate;
    private final FirstStart firstStart;
    private final WorkspaceManagement workspaces;

    SetupController(SetupGate gate, FirstStart firstStart, WorkspaceManagement workspaces) {
        this.gate = gate;
        this.firstStart = firstStart;
        this.workspaces = workspaces;
    }

    /** Open only until the first owner exists, however it was created (another node, the environment). */
    private boolean open() {
        return gate.isOpen() && !workspaces.isSetUp();
    }

    @GetMapping("/setup")
    String form(@RequestParam(required = false) @Nullable String token, Model model) {
        if (!open()) {
            return "redirect:/login";
        }
        model.addAttribute("tokenValid", gate.accepts(token));
        model.addAttribute("form", new SetupForm(token == null ? "" : token, "My workspace", "", "", ""));
        return "workspace/setup";
    }

    @PostMapping("/setup")
    String submit(@ModelAttribute("form") SetupForm form, Model model) {
        if (!open()) {
            return "redirect:/login";
        }
        if (!gate.accepts(form.token())) {
            model.addAttribute("tokenValid", false);
            return "workspace/setup";
        }
        try {
            firstStart.setUp(form.workspaceName(), form.email(), form.name(), form.password());
            return "redirect:/login?setup";
        } catch (WorkspaceException e) {
            model.addAttribute("tokenValid", true);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute(
                    "form", new SetupForm(form.token(), form.workspaceName(), form.name(), form.email(), ""));
            return "workspace/setup";
        }
    }
}

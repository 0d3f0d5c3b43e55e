package io.switchboard.workspace.web;

import io.switchboard.workspace.ApiKeyId;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.WorkspaceException;
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

/** Settings › API keys: the new secret is shown once, on the page right after creation. */
@Controller
@RequestMapping("/settings/api-keys")
class ApiKeysPageController {
    private final ApiKeyManagement keys;

    ApiKeysPageController(ApiKeyManagement keys) {
        this.keys = keys;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        ApiAccess.requireManager(me);
        model.addAttribute("keys", keys.keys(me.workspaceId()));
        return "workspace/api-keys";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SwitchboardPrincipal me, @RequestParam String name, RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        try {
            var created = keys.create(me.workspaceId(), name, me.userId());
            redirect.addFlashAttribute("newSecret", created.secret());
            redirect.addFlashAttribute("newKeyName", created.key().name());
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("keyName", name);
        }
        return "redirect:/settings/api-keys";
    }

    @PostMapping("/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        try {
            keys.revoke(me.workspaceId(), new ApiKeyId(id));
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/settings/api-keys";
    }
}

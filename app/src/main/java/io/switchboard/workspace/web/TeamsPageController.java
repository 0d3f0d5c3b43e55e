package io.switchboard.workspace.web;

import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.TeamManagement;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
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

/** Settings › Teams. */
@Controller
@RequestMapping("/settings/teams")
class TeamsPageController {
    private final TeamManagement teams;
    private final UserManagement users;

    TeamsPageController(TeamManagement teams, UserManagement users) {
        this.teams = teams;
        this.users = users;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("teams", teams.teams(me.workspaceId()));
        model.addAttribute("members", users.members(me.workspaceId()));
        return "workspace/teams";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SwitchboardPrincipal me, @RequestParam String name, RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        redirect.addFlashAttribute("teamName", name);
        return act(redirect, () -> teams.create(me.workspaceId(), name));
    }

    @PostMapping("/{id}/rename")
    String rename(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam String name,
            RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        return act(redirect, () -> teams.rename(me.workspaceId(), new TeamId(id), name));
    }

    @PostMapping("/{id}/delete")
    String delete(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        return act(redirect, () -> teams.delete(me.workspaceId(), new TeamId(id)));
    }

    @PostMapping("/{id}/members")
    String add(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam UUID userId,
            RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        return act(redirect, () -> teams.addMember(me.workspaceId(), new TeamId(id), new UserId(userId)));
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String remove(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @PathVariable UUID userId,
            RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        return act(redirect, () -> teams.removeMember(me.workspaceId(), new TeamId(id), new UserId(userId)));
    }

    private String act(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.getFlashAttributes().remove("teamName");
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/settings/teams";
    }
}

package io.switchboard.workspace.web;

import io.switchboard.workspace.Role;
import io.switchboard.workspace.SwitchboardPrincipal;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Settings › Users: members, roles, deactivation and invitation links. */
@Controller
@RequestMapping("/settings/users")
class UsersPageController {
    private final UserManagement users;

    UsersPageController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("members", users.members(me.workspaceId()));
        model.addAttribute("roles", Role.values());
        if (me.canManage()) {
            model.addAttribute("invitations", users.pendingInvitations(me.workspaceId()));
        }
        return "workspace/users";
    }

    @PostMapping("/invitations")
    String invite(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam String email,
            @RequestParam Role role,
            RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        try {
            var created = users.invite(me.workspaceId(), email, role, me);
            var link = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/invite/{token}")
                    .buildAndExpand(created.token())
                    .toUriString();
            redirect.addFlashAttribute("inviteLink", link);
            redirect.addFlashAttribute("invitedEmail", created.invitation().email());
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("inviteEmail", email);
        }
        return "redirect:/settings/users";
    }

    @PostMapping("/invitations/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        return act(redirect, () -> users.revokeInvitation(me.workspaceId(), id));
    }

    @PostMapping("/{id}/role")
    String role(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @RequestParam Role role,
            RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        return act(redirect, () -> users.changeRole(me.workspaceId(), new UserId(id), role, me));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        return act(redirect, () -> users.deactivate(me.workspaceId(), new UserId(id), me));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        return act(redirect, () -> users.reactivate(me.workspaceId(), new UserId(id)));
    }

    private String act(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/settings/users";
    }
}

package io.switchboard.workspace.web;

import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceException;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import io.switchboard.workspace.internal.MembershipRefresh;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings › Account (name, password), Settings › Workspace, and switching workspace. */
@Controller
class AccountPageController {
    private final UserManagement users;
    private final WorkspaceManagement workspaces;
    private final MembershipRefresh memberships;
    private final SecurityContextRepository contexts;

    AccountPageController(
            UserManagement users,
            WorkspaceManagement workspaces,
            MembershipRefresh memberships,
            SecurityContextRepository contexts) {
        this.users = users;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.contexts = contexts;
    }

    @GetMapping("/settings/account")
    String account(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("member", users.member(me.workspaceId(), Objects.requireNonNull(me.userId())));
        return "workspace/account";
    }

    @PostMapping("/settings/account/name")
    String rename(
            @AuthenticationPrincipal SwitchboardPrincipal me, @RequestParam String name, RedirectAttributes redirect) {
        try {
            users.rename(Objects.requireNonNull(me.userId()), name);
            redirect.addFlashAttribute("saved", true);
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/settings/account";
    }

    @PostMapping("/settings/account/password")
    String password(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam String current,
            @RequestParam String next,
            @RequestParam String repeat,
            RedirectAttributes redirect) {
        try {
            if (!next.equals(repeat)) {
                throw new WorkspaceException(
                        WorkspaceException.Kind.INVALID, "password-mismatch", "The two new passwords differ.");
            }
            users.changePassword(Objects.requireNonNull(me.userId()), current, next);
            redirect.addFlashAttribute("passwordChanged", true);
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("passwordProblem", e.getMessage());
        }
        return "redirect:/settings/account";
    }

    @GetMapping("/settings/workspace")
    String workspace(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        model.addAttribute("workspace", workspaces.get(me.workspaceId()));
        model.addAttribute(
                "zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return "workspace/workspace";
    }

    @PostMapping("/settings/workspace")
    String updateWorkspace(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam String name,
            @RequestParam String timeZone,
            RedirectAttributes redirect) {
        ApiAccess.requireManager(me);
        try {
            workspaces.update(me.workspaceId(), name, timeZone);
            redirect.addFlashAttribute("saved", true);
        } catch (WorkspaceException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/settings/workspace";
    }

    /** Makes another of the user's workspaces the current one for this session. */
    @PostMapping("/workspaces/switch")
    String switchTo(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam UUID workspace,
            HttpServletRequest request,
            HttpServletResponse response) {
        var auth = memberships
                .authenticate(Objects.requireNonNull(me.userId()), new WorkspaceId(workspace))
                .orElseThrow(() -> WorkspaceException.notFound("workspace"));
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(auth);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }
}

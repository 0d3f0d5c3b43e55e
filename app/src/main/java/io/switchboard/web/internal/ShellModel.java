package io.switchboard.web.internal;

import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.WorkspaceManagement;
import io.switchboard.workspace.WorkspaceSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, in which workspace, and which others they can switch to. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {
    private final WorkspaceManagement workspaces;

    ShellModel(WorkspaceManagement workspaces) {
        this.workspaces = workspaces;
    }

    @ModelAttribute("me")
    @Nullable
    SwitchboardPrincipal me(@AuthenticationPrincipal @Nullable SwitchboardPrincipal principal) {
        return principal;
    }

    @ModelAttribute("myWorkspaces")
    List<WorkspaceSummary> myWorkspaces(@AuthenticationPrincipal @Nullable SwitchboardPrincipal principal) {
        var user = principal == null ? null : principal.userId();
        return user == null ? List.of() : workspaces.workspacesOf(user);
    }

    @ModelAttribute("currentWorkspace")
    @Nullable
    WorkspaceSummary currentWorkspace(@AuthenticationPrincipal @Nullable SwitchboardPrincipal principal) {
        return principal == null || principal.userId() == null ? null : workspaces.get(principal.workspaceId());
    }
}

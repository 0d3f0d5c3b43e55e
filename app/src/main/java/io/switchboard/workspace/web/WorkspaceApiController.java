package io.switchboard.workspace.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.WorkspaceManagement;
import io.switchboard.workspace.WorkspaceSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace the API key belongs to. */
@RestController
@RequestMapping("/api/v1/workspace")
@Tag(name = "Workspace")
class WorkspaceApiController {
    record UpdateWorkspace(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String timeZone) {}

    private final WorkspaceManagement workspaces;

    WorkspaceApiController(WorkspaceManagement workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping
    WorkspaceSummary get(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return workspaces.get(principal.workspaceId());
    }

    @PatchMapping
    WorkspaceSummary update(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @Valid @RequestBody UpdateWorkspace request) {
        ApiAccess.requireManager(principal);
        return workspaces.update(principal.workspaceId(), request.name(), request.timeZone());
    }
}

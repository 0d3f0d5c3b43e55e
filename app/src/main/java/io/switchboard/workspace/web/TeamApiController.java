package io.switchboard.workspace.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.Team;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.TeamManagement;
import io.switchboard.workspace.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Teams of the workspace and their members. */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams")
class TeamApiController {
    record TeamRequest(@NotBlank @Size(max = 100) String name) {}

    private final TeamManagement teams;

    TeamApiController(TeamManagement teams) {
        this.teams = teams;
    }

    @GetMapping
    List<Team> list(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return teams.teams(principal.workspaceId());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Team create(@AuthenticationPrincipal SwitchboardPrincipal principal, @Valid @RequestBody TeamRequest request) {
        ApiAccess.requireManager(principal);
        return teams.create(principal.workspaceId(), request.name());
    }

    @GetMapping("/{id}")
    Team get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return teams.team(principal.workspaceId(), new TeamId(id));
    }

    @PatchMapping("/{id}")
    Team rename(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @Valid @RequestBody TeamRequest request) {
        ApiAccess.requireManager(principal);
        return teams.rename(principal.workspaceId(), new TeamId(id), request.name());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        ApiAccess.requireManager(principal);
        teams.delete(principal.workspaceId(), new TeamId(id));
    }

    @PutMapping("/{id}/members/{userId}")
    Team addMember(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id, @PathVariable UUID userId) {
        ApiAccess.requireManager(principal);
        return teams.addMember(principal.workspaceId(), new TeamId(id), new UserId(userId));
    }

    @DeleteMapping("/{id}/members/{userId}")
    Team removeMember(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id, @PathVariable UUID userId) {
        ApiAccess.requireManager(principal);
        return teams.removeMember(principal.workspaceId(), new TeamId(id), new UserId(userId));
    }
}

package io.switchboard.workspace.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.workspace.Invitation;
import io.switchboard.workspace.Member;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Members of the workspace and invitations to join it. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserApiController {
    record UpdateMember(@Nullable Role role, @Nullable Boolean active) {}

    record Invite(@NotBlank @Email String email, @NotNull Role role) {}

    record InvitationResponse(
            UUID id,
            String email,
            Role role,
            Instant expiresAt,
            @Nullable String inviteUrl) {
        static InvitationResponse of(Invitation invitation, @Nullable String url) {
            return new InvitationResponse(
                    invitation.id(), invitation.email(), invitation.role(), invitation.expiresAt(), url);
        }
    }

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    List<Member> list(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return users.members(principal.workspaceId());
    }

    @GetMapping("/{id}")
    Member get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return users.member(principal.workspaceId(), new UserId(id));
    }

    /** Changes the role and/or activates or deactivates the member. */
    @PatchMapping("/{id}")
    Member update(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @Valid @RequestBody UpdateMember request) {
        ApiAccess.requireManager(principal);
        var workspace = principal.workspaceId();
        var user = new UserId(id);
        users.member(workspace, user);
        if (request.role() != null) {
            users.changeRole(workspace, user, request.role(), principal);
        }
        if (Boolean.FALSE.equals(request.active())) {
            users.deactivate(workspace, user, principal);
        } else if (Boolean.TRUE.equals(request.active())) {
            users.reactivate(workspace, user);
        }
        return users.member(workspace, user);
    }

    @GetMapping("/invitations")
    List<InvitationResponse> invitations(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        ApiAccess.requireManager(principal);
        return users.pendingInvitations(principal.workspaceId()).stream()
                .map(i -> InvitationResponse.of(i, null))
                .toList();
    }

    /** Creates an invitation; its link is in the answer only, for the caller to pass on. */
    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationResponse invite(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @Valid @RequestBody Invite request) {
        ApiAccess.requireManager(principal);
        var created = users.invite(principal.workspaceId(), request.email(), request.role(), principal);
        var url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/invite/{token}")
                .buildAndExpand(created.token())
                .toUriString();
        return InvitationResponse.of(created.invitation(), url);
    }

    @DeleteMapping("/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        ApiAccess.requireManager(principal);
        users.revokeInvitation(principal.workspaceId(), id);
    }
}

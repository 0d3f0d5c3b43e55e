package io.switchboard.inbox.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.channels.ChannelId;
import io.switchboard.inbox.AgentState;
import io.switchboard.inbox.Agents;
import io.switchboard.inbox.AssignmentStrategy;
import io.switchboard.inbox.AutoAssignmentRule;
import io.switchboard.inbox.CannedReplies;
import io.switchboard.inbox.CannedReply;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agents' capacity and availability, automatic assignment per number, canned replies. */
@RestController
@Tag(name = "Inbox settings")
class InboxSettingsApiController {
    record AgentChange(@Nullable Integer capacity, @Nullable Boolean available) {}

    /** {@code teamId} null: no automatic assignment on this number. */
    record Route(@Nullable UUID teamId, @NotNull AssignmentStrategy strategy) {}

    record CannedRequest(
            @NotBlank @Size(max = 60) String shortcut,
            @NotBlank @Size(max = 4000) String body) {}

    private final Agents agents;
    private final CannedReplies canned;

    InboxSettingsApiController(Agents agents, CannedReplies canned) {
        this.agents = agents;
        this.canned = canned;
    }

    @GetMapping("/api/v1/inbox/agents")
    List<AgentState> agents(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return agents.agents(principal.workspaceId());
    }

    /** Agents may change their own availability; capacity and other agents are for owners and admins. */
    @PatchMapping("/api/v1/inbox/agents/{userId}")
    AgentState changeAgent(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID userId,
            @RequestBody AgentChange change) {
        var self = principal.userId() != null && principal.userId().value().equals(userId);
        if (!principal.canManage() && (!self || change.capacity() != null)) {
            throw new AccessDeniedException("Only owners and admins may change other agents or capacities.");
        }
        return agents.update(principal.workspaceId(), new UserId(userId), change.capacity(), change.available());
    }

    @GetMapping("/api/v1/inbox/routes")
    List<AutoAssignmentRule> routes(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return agents.rules(principal.workspaceId());
    }

    @PutMapping("/api/v1/inbox/routes/{channelId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void route(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID channelId,
            @Valid @RequestBody Route route) {
        requireManager(principal);
        agents.route(
                principal.workspaceId(),
                new ChannelId(channelId),
                route.teamId() == null ? null : new TeamId(route.teamId()),
                route.strategy());
    }

    @GetMapping("/api/v1/canned-replies")
    List<CannedReply> cannedReplies(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return canned.list(principal.workspaceId());
    }

    @PostMapping("/api/v1/canned-replies")
    @ResponseStatus(HttpStatus.CREATED)
    CannedReply createCannedReply(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @Valid @RequestBody CannedRequest request) {
        return canned.create(principal.workspaceId(), request.shortcut(), request.body());
    }

    @DeleteMapping("/api/v1/canned-replies/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCannedReply(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        canned.delete(principal.workspaceId(), id);
    }

    private static void requireManager(SwitchboardPrincipal principal) {
        if (!principal.canManage()) {
            throw new AccessDeniedException("Only owners and admins may do this.");
        }
    }
}

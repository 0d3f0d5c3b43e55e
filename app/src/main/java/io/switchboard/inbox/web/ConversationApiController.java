package io.switchboard.inbox.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.channels.ChannelId;
import io.switchboard.inbox.Conversation;
import io.switchboard.inbox.ConversationCounts;
import io.switchboard.inbox.ConversationFilter;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationManagement;
import io.switchboard.inbox.ConversationStatus;
import io.switchboard.inbox.InboxView;
import io.switchboard.inbox.Priority;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Conversations: lists by view and filters, counts, details, status, labels and assignment. */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations")
class ConversationApiController {
    /** Fields left out stay as they are; {@code snoozedUntil}/{@code snoozeUntilReply} only with SNOOZED. */
    record Change(
            @Nullable ConversationStatus status,
            @Nullable Instant snoozedUntil,
            @Nullable Boolean snoozeUntilReply,
            @Nullable Priority priority,
            @Nullable String subject,
            @Nullable List<String> labels) {}

    /** Both null: unassigned. */
    record Assignment(@Nullable UUID assigneeId, @Nullable UUID teamId) {}

    private final ConversationManagement conversations;

    ConversationApiController(ConversationManagement conversations) {
        this.conversations = conversations;
    }

    @GetMapping
    List<Conversation> list(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @RequestParam(defaultValue = "ALL") InboxView view,
            @RequestParam(required = false) @Nullable ConversationStatus status,
            @RequestParam(required = false) @Nullable UUID assignee,
            @RequestParam(required = false) @Nullable UUID team,
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(required = false) @Nullable UUID channel,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "50") int limit) {
        var filter = new ConversationFilter(
                view,
                status,
                assignee == null ? null : new UserId(assignee),
                team == null ? null : new TeamId(team),
                label,
                channel == null ? null : new ChannelId(channel),
                q);
        return conversations.list(principal.workspaceId(), principal.userId(), principal.role(), filter, limit);
    }

    @GetMapping("/counts")
    ConversationCounts counts(@AuthenticationPrincipal SwitchboardPrincipal principal) {
        return conversations.counts(principal.workspaceId(), principal.userId(), principal.role());
    }

    @GetMapping("/{id}")
    Conversation get(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return conversations.get(principal.workspaceId(), new ConversationId(id));
    }

    @PatchMapping("/{id}")
    Conversation change(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestBody Change change) {
        var workspace = principal.workspaceId();
        var conversation = new ConversationId(id);
        conversations.get(workspace, conversation);
        if (change.priority() != null || change.subject() != null || change.labels() != null) {
            conversations.changeDetails(workspace, conversation, change.priority(), change.subject(), change.labels());
        }
        if (change.status() != null) {
            conversations.changeStatus(
                    workspace,
                    conversation,
                    change.status(),
                    change.snoozedUntil(),
                    Boolean.TRUE.equals(change.snoozeUntilReply()));
        }
        return conversations.get(workspace, conversation);
    }

    @PutMapping("/{id}/assignment")
    Conversation assign(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestBody Assignment assignment) {
        return conversations.assign(
                principal.workspaceId(),
                new ConversationId(id),
                assignment.assigneeId() == null ? null : new UserId(assignment.assigneeId()),
                assignment.teamId() == null ? null : new TeamId(assignment.teamId()));
    }
}

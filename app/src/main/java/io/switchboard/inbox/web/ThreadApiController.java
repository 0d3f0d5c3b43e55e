package io.switchboard.inbox.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationManagement;
import io.switchboard.inbox.Note;
import io.switchboard.inbox.Notes;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundMessaging;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.SendSource;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A conversation's thread: its messages (read from messaging) and its internal notes. */
@RestController
@Tag(name = "Conversations")
class ThreadApiController {
    record NoteRequest(@NotBlank @Size(max = 4000) String body) {}

    record ReplyRequest(
            @NotNull OutboundContent content,
            @Nullable @Size(max = 200) String idempotencyKey) {}

    record Decision(boolean accepted, @Nullable UUID messageId, ReasonCode reason, String explanation) {}

    private final ThreadView thread;
    private final Notes notes;
    private final ConversationManagement conversations;
    private final OutboundMessaging outbound;

    ThreadApiController(
            ThreadView thread, Notes notes, ConversationManagement conversations, OutboundMessaging outbound) {
        this.thread = thread;
        this.notes = notes;
        this.conversations = conversations;
        this.outbound = outbound;
    }

    /**
     * Sends to the conversation's contact on its number, through the same outbound policy as the composer
     * and {@code POST /api/v1/messages}: 202 when queued, 200 for a repeated idempotency key, 422
     * problem+json with {@code reason} when the policy refuses (the refused message is kept with its reason).
     */
    @PostMapping("/api/v1/conversations/{id}/messages")
    ResponseEntity<?> send(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @Valid @RequestBody ReplyRequest request) {
        var conversation = conversations.get(principal.workspaceId(), new ConversationId(id));
        var decision = outbound.send(
                principal.workspaceId(),
                new OutboundRequest(
                        conversation.contactId(),
                        conversation.channelId(),
                        request.content(),
                        principal.userId() == null ? SendSource.API : SendSource.OPERATOR,
                        principal.userId(),
                        request.idempotencyKey(),
                        null));
        var messageId =
                decision.messageId() == null ? null : decision.messageId().value();
        var view = new Decision(decision.accepted(), messageId, decision.reason(), decision.explanation());
        if (decision.accepted()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(view);
        }
        if (decision.reason() == ReasonCode.DUPLICATE) {
            return ResponseEntity.ok(view);
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, decision.explanation());
        problem.setType(URI.create("/problems/message-blocked"));
        problem.setTitle("Message blocked");
        problem.setProperty("reason", decision.reason().name());
        problem.setProperty("messageId", messageId);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    /** The messages with this contact on this conversation's number, newest first. */
    @GetMapping("/api/v1/conversations/{id}/messages")
    List<ThreadView.Message> messages(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Instant before,
            @RequestParam(defaultValue = "50") int limit) {
        return thread.messages(principal.workspaceId(), new ConversationId(id), before, limit);
    }

    @GetMapping("/api/v1/conversations/{id}/notes")
    List<Note> notes(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return notes.notes(principal.workspaceId(), new ConversationId(id));
    }

    @PostMapping("/api/v1/conversations/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Note addNote(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @Valid @RequestBody NoteRequest request) {
        return notes.add(
                principal.workspaceId(),
                new ConversationId(id),
                principal.userId(),
                principal.displayName(),
                request.body());
    }
}

package io.switchboard.inbox.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.Note;
import io.switchboard.inbox.Notes;
import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

    private final ThreadView thread;
    private final Notes notes;

    ThreadApiController(ThreadView thread, Notes notes) {
        this.thread = thread;
        this.notes = notes;
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

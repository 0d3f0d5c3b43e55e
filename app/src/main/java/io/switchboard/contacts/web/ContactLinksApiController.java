package io.switchboard.contacts.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactNote;
import io.switchboard.contacts.ContactNotes;
import io.switchboard.contacts.ContactTags;
import io.switchboard.contacts.TagId;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A contact's tags and notes. */
@RestController
@RequestMapping("/api/v1/contacts/{id}")
@Tag(name = "Contacts")
class ContactLinksApiController {
    record NoteRequest(String body) {}

    private final ContactTags tags;
    private final ContactNotes notes;

    ContactLinksApiController(ContactTags tags, ContactNotes notes) {
        this.tags = tags;
        this.notes = notes;
    }

    /** Puts the tag on the contact; idempotent. */
    @PutMapping("/tags/{tagId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void attach(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id, @PathVariable UUID tagId) {
        tags.attach(principal.workspaceId(), new ContactId(id), new TagId(tagId));
    }

    /** Takes the tag off the contact; idempotent. */
    @DeleteMapping("/tags/{tagId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void detach(
            @AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id, @PathVariable UUID tagId) {
        tags.detach(principal.workspaceId(), new ContactId(id), new TagId(tagId));
    }

    /** Newest first. */
    @GetMapping("/notes")
    List<ContactNote> notes(@AuthenticationPrincipal SwitchboardPrincipal principal, @PathVariable UUID id) {
        return notes.list(principal.workspaceId(), new ContactId(id));
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    ContactNote addNote(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestBody NoteRequest request) {
        var author = principal.userId() == null ? null : principal.userId().value();
        return notes.add(
                principal.workspaceId(),
                new ContactId(id),
                author,
                principal.displayName(),
                request.body() == null ? "" : request.body());
    }
}

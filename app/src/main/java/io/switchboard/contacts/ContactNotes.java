package io.switchboard.contacts;

import io.switchboard.contacts.internal.ContactNoteStore;
import io.switchboard.contacts.internal.ContactStore;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Free-text notes on contacts, with author and time. Every method is scoped to one workspace. */
@Service
public class ContactNotes {
    private final ContactNoteStore notes;
    private final ContactStore contacts;
    private final Clock clock;

    ContactNotes(ContactNoteStore notes, ContactStore contacts, Clock clock) {
        this.notes = notes;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * @param authorId the member writing; {@code null} for an API key
     * @throws ContactException NOT_FOUND, INVALID for an empty body or one over 5000 characters
     */
    @Transactional
    public ContactNote add(
            WorkspaceId workspace, ContactId contact, @Nullable UUID authorId, String authorName, String body) {
        contacts.get(workspace, contact).orElseThrow(ContactException::notFound);
        var text = body.strip();
        if (text.isEmpty() || text.length() > 5000) {
            throw ContactException.invalid("body", "A note has 1 to 5000 characters.");
        }
        var note = new ContactNote(UUID.randomUUID(), authorId, authorName, text, clock.instant());
        notes.insert(workspace, contact, note);
        return note;
    }

    /** Newest first. @throws ContactException NOT_FOUND */
    @Transactional(readOnly = true)
    public List<ContactNote> list(WorkspaceId workspace, ContactId contact) {
        contacts.get(workspace, contact).orElseThrow(ContactException::notFound);
        return notes.list(workspace, contact);
    }
}

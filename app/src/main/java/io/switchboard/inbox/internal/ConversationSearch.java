package io.switchboard.inbox.internal;

import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.workspace.WorkspaceId;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The contacts a search in the inbox means, besides subject and labels (which the list query matches
 * itself): the contact a typed phone number, WhatsApp id or e-mail address resolves to, else contacts whose
 * name or identities contain the text, and contacts with a message containing its words. Each source is
 * asked through its module's API and capped, so a common word costs a bounded list.
 */
@Component
public class ConversationSearch {
    /** Per source: a list page shows at most 200 conversations (ConversationManagement.MAX_LIST). */
    static final int PER_SOURCE = 200;

    private final ContactManagement contacts;
    private final ContactDirectory directory;
    private final MessageManagement messages;

    ConversationSearch(ContactManagement contacts, ContactDirectory directory, MessageManagement messages) {
        this.contacts = contacts;
        this.directory = directory;
        this.messages = messages;
    }

    public List<ContactId> contacts(WorkspaceId workspace, String query) {
        var text = query.strip();
        var found = new LinkedHashSet<ContactId>();
        // An exact identity is one indexed lookup; the directory's substring search is the fallback.
        contacts.resolve(workspace, text)
                .ifPresentOrElse(found::add, () -> found.addAll(directory.matching(workspace, text, PER_SOURCE)));
        found.addAll(messages.contactsMentioning(workspace, text, PER_SOURCE));
        return List.copyOf(found);
    }
}

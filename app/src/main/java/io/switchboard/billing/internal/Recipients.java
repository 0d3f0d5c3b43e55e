package io.switchboard.billing.internal;

import io.switchboard.billing.Markets;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.workspace.WorkspaceId;
import org.springframework.stereotype.Component;

/** The market of a contact: by its phone or WhatsApp id, else by its business-scoped user id's country. */
@Component
public class Recipients {
    private final ContactManagement contacts;

    Recipients(ContactManagement contacts) {
        this.contacts = contacts;
    }

    public String country(WorkspaceId workspace, ContactId contact) {
        try {
            var found = contacts.get(workspace, contact);
            if (found.phone() != null) {
                return Markets.of(found.phone());
            }
            if (found.waId() != null) {
                return Markets.of(found.waId());
            }
            return Markets.of(found.whatsAppUserId());
        } catch (ContactException e) {
            // Erased since the send: the cost still counts, in the "Other" market.
            return Markets.OTHER;
        }
    }
}

package io.switchboard.billing.internal;

import io.switchboard.billing.Markets;
import io.switchboard.contacts.Contact;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.workspace.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The market of a contact: by its phone or WhatsApp id, else by its business-scoped user id's country. */
@Component
public class RecipientMarkets {
    private final ContactManagement contacts;
    private final TransactionTemplate separately;

    RecipientMarkets(ContactManagement contacts, PlatformTransactionManager transactions) {
        this.contacts = contacts;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
    }

    /**
     * In the caller's transaction, for a contact that exists (the outbound policy has just read it).
     *
     * @throws ContactException NOT_FOUND if it does not
     */
    public String country(WorkspaceId workspace, ContactId contact) {
        return of(contacts.get(workspace, contact));
    }

    /** For a contact that may have been erased since the send: then the "Other" market. */
    public String countryOrOther(WorkspaceId workspace, ContactId contact) {
        try {
            // contacts answers an unknown id with an exception, which would mark the caller's transaction (the
            // ledger listener's) rollback-only: ask in a transaction of its own.
            var found = separately.execute(status -> contacts.get(workspace, contact));
            return found == null ? Markets.OTHER : of(found);
        } catch (ContactException e) {
            return Markets.OTHER;
        }
    }

    private static String of(Contact contact) {
        if (contact.phone() != null) {
            return Markets.of(contact.phone());
        }
        if (contact.waId() != null) {
            return Markets.of(contact.waId());
        }
        return Markets.of(contact.whatsAppUserId());
    }
}

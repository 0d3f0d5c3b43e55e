package io.switchboard.billing.internal;

import io.switchboard.billing.Markets;
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
public class Recipients {
    private final ContactManagement contacts;
    private final TransactionTemplate separately;

    Recipients(ContactManagement contacts, PlatformTransactionManager transactions) {
        this.contacts = contacts;
        // contacts answers an unknown id with an exception, which would mark the caller's transaction (the
        // send, or the ledger listener) rollback-only: ask in a transaction of its own.
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
    }

    public String country(WorkspaceId workspace, ContactId contact) {
        try {
            var found = separately.execute(status -> contacts.get(workspace, contact));
            if (found == null) {
                return Markets.OTHER;
            }
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

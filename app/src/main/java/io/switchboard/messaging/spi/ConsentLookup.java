package io.switchboard.messaging.spi;

import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;

/**
 * A contact's marketing consent, for the outbound policy (invariant 3). Implemented by {@code compliance}.
 * Without an implementation every contact counts as {@link MarketingConsent#NONE}, so no marketing template
 * goes out: sending without proof of consent is the one mistake that cannot be undone.
 */
public interface ConsentLookup {

    enum MarketingConsent {
        /** Active consent on record. */
        GRANTED,
        /** Nothing on record. */
        NONE,
        /** The contact opted out (withdrew consent or asked WhatsApp to stop marketing). */
        WITHDRAWN
    }

    /** Must not throw for an unknown contact (answer NONE); called inside the send transaction. */
    MarketingConsent marketing(WorkspaceId workspace, ContactId contact);
}

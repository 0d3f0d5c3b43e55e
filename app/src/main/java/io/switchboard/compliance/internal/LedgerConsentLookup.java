package io.switchboard.compliance.internal;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentState;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.spi.ConsentLookup;
import io.switchboard.workspace.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * The outbound policy's view of marketing consent, from the ledger's current state. Being the one
 * {@link ConsentLookup} bean, it replaces messaging's "nothing on record" fallback.
 */
@Component
class LedgerConsentLookup implements ConsentLookup {
    private final ConsentStore ledger;

    LedgerConsentLookup(ConsentStore ledger) {
        this.ledger = ledger;
    }

    @Override
    public MarketingConsent marketing(WorkspaceId workspace, ContactId contact) {
        // Read straight from the store: we run inside the send transaction and must not throw for an unknown
        // contact, which simply has no row.
        return ledger.currentState(workspace, contact, ConsentPurpose.MARKETING)
                .map(state -> state == ConsentState.GRANTED ? MarketingConsent.GRANTED : MarketingConsent.WITHDRAWN)
                .orElse(MarketingConsent.NONE);
    }
}

package io.switchboard.compliance.internal;

import io.switchboard.compliance.ConsentChange;
import io.switchboard.compliance.ConsentManagement;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.ConsentState;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.MessageStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Meta failed a marketing template with 131050 ("user stopped marketing messages from us"): the contact
 * withdrew marketing consent in WhatsApp, so it is recorded and no marketing retried. No confirmation is
 * sent, for the same reason as for the preference webhook: the user told WhatsApp, not us.
 */
@Component("complianceMessageStatusChangedListener")
class MessageStatusChangedListener {
    static final int USER_STOPPED_MARKETING = 131050;
    private final ConsentManagement consent;

    MessageStatusChangedListener(ConsentManagement consent) {
        this.consent = consent;
    }

    @EventListener
    void on(MessageStatusChanged event) {
        if (event.status() != MessageStatus.FAILED
                || event.errorCode() == null
                || event.errorCode() != USER_STOPPED_MARKETING) {
            return;
        }
        consent.record(
                event.workspaceId(),
                new ConsentChange(
                        event.contactId(),
                        event.channelId(),
                        ConsentPurpose.MARKETING,
                        ConsentState.WITHDRAWN,
                        ConsentSource.PROVIDER_ERROR,
                        "Meta error 131050 (user stopped marketing messages) on message " + event.providerMessageId(),
                        ConsentChange.SYSTEM,
                        event.occurredAt(),
                        "error131050:" + event.messageId().value()));
    }
}

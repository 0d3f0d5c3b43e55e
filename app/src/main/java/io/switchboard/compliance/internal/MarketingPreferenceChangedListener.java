package io.switchboard.compliance.internal;

import io.switchboard.channels.MarketingPreferenceChanged;
import io.switchboard.compliance.ConsentChange;
import io.switchboard.compliance.ConsentManagement;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.ConsentState;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Meta's {@code user_preferences} webhook: a user who stopped our marketing messages in WhatsApp has
 * withdrawn marketing consent. No confirmation is sent: the user told WhatsApp, which already confirmed it,
 * and a message from us right after "stop" is what they asked not to get.
 *
 * <p>"resume" records nothing: it lifts WhatsApp's block but is not consent (an opt-in must name the
 * business, and the user did not give one to us), so a contact who resumes stays withdrawn until they opt in.
 */
@Component("complianceMarketingPreferenceChangedListener")
class MarketingPreferenceChangedListener {
    private static final Logger log = LoggerFactory.getLogger(MarketingPreferenceChangedListener.class);
    private final ContactManagement contacts;
    private final ConsentManagement consent;

    MarketingPreferenceChangedListener(ContactManagement contacts, ConsentManagement consent) {
        this.contacts = contacts;
        this.consent = consent;
    }

    @ApplicationModuleListener
    void on(MarketingPreferenceChanged event) {
        if (!"stop".equalsIgnoreCase(event.value())) {
            log.info("Marketing preference {} on channel {} recorded nothing", event.value(), event.channelId());
            return;
        }
        if (event.waId().isBlank()) {
            log.warn("Marketing preference without wa_id on channel {}; nothing recorded", event.channelId());
            return;
        }
        // A user may stop us before ever writing: the contact is created so the withdrawal is not lost.
        var contact = contacts.findOrCreateByWhatsApp(
                event.workspaceId(), new WhatsAppIdentity(event.waId(), null, null, null));
        consent.record(
                event.workspaceId(),
                new ConsentChange(
                        contact,
                        event.channelId(),
                        ConsentPurpose.MARKETING,
                        ConsentState.WITHDRAWN,
                        ConsentSource.WHATSAPP_PREFERENCE,
                        "WhatsApp user_preferences: " + event.category() + " = " + event.value(),
                        ConsentChange.SYSTEM,
                        event.occurredAt(),
                        "preference:" + event.channelId().value() + ":" + event.waId() + ":"
                                + event.occurredAt().getEpochSecond()));
    }
}

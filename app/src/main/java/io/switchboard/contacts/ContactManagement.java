package io.switchboard.contacts;

import io.switchboard.contacts.internal.ContactEdits;
import io.switchboard.contacts.internal.ContactStore;
import io.switchboard.contacts.internal.IdentityKind;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts of a workspace and their identities. Every method is scoped to one workspace. */
@Service
public class ContactManagement {
    private static final Logger log = LoggerFactory.getLogger(ContactManagement.class);
    private final ContactStore contacts;
    private final ContactEdits edits;
    private final Clock clock;

    ContactManagement(ContactStore contacts, ContactEdits edits, Clock clock) {
        this.contacts = contacts;
        this.edits = edits;
        this.clock = clock;
    }

    /**
     * Records a message to or from the contact at {@code at}: its last activity moves forward, never back
     * (a late redelivery changes nothing). Messaging calls it where it stores a message; an unknown contact
     * is ignored.
     */
    @Transactional
    public void touch(WorkspaceId workspace, ContactId contact, Instant at) {
        edits.touch(workspace, contact, at);
    }

    /** {@link #touch} for many contacts in one statement (a campaign's batch); unknown contacts are ignored. */
    @Transactional
    public void touch(WorkspaceId workspace, Collection<ContactId> contacts, Instant at) {
        if (!contacts.isEmpty()) {
            edits.touchAll(workspace, contacts, at);
        }
    }

    /** Every identity of the contact, by type; empty for an unknown contact. */
    @Transactional(readOnly = true)
    public List<ContactIdentity> identities(WorkspaceId workspace, ContactId contact) {
        return edits.identities(workspace, contact).stream()
                .map(row -> new ContactIdentity(
                        switch (row.kind()) {
                            case WA_ID -> ContactFilter.IdentityType.WA_ID;
                            case PHONE -> ContactFilter.IdentityType.PHONE;
                            case EMAIL -> ContactFilter.IdentityType.EMAIL;
                            case WA_USER_ID -> ContactFilter.IdentityType.BSUID;
                            case WA_USERNAME -> ContactFilter.IdentityType.USERNAME;
                        },
                        row.value()))
                .toList();
    }

    /**
     * The contact with this WhatsApp id, else with this BSUID, else a new one; records the profile name,
     * BSUID, username and phone it did not know yet. Safe to call twice and concurrently for one person.
     *
     * @throws IllegalArgumentException if neither {@code waId} nor {@code userId} is given
     */
    @Transactional
    public ContactId findOrCreateByWhatsApp(WorkspaceId workspace, WhatsAppIdentity who) {
        if (who.waId() == null && who.userId() == null) {
            throw new IllegalArgumentException("a WhatsApp identity needs a wa_id or a user_id");
        }
        var now = clock.instant();
        Optional<ContactStore.Known> known = Optional.empty();
        if (who.waId() != null) {
            known = contacts.findWithIdentities(workspace, IdentityKind.WA_ID, who.waId());
        }
        if (known.isEmpty() && who.userId() != null) {
            known = contacts.findWithIdentities(workspace, IdentityKind.WA_USER_ID, who.userId());
        }
        if (known.isPresent()) {
            contacts.enrich(workspace, known.get(), who, now);
            return known.get().id();
        }
        var id = contacts.create(workspace, ContactId.random(), who, now);
        contacts.enrich(workspace, id, who, now);
        return id;
    }

    /**
     * The contact of each WhatsApp id (digits), creating a contact with its WhatsApp id and phone for each
     * unknown one, as {@link #findOrCreateByWhatsApp} does for one identity without a name, with a few
     * statements for the whole list (a campaign's audience of thousands of numbers). Safe to call twice and
     * concurrently with {@link #findOrCreateByWhatsApp} for the same numbers.
     *
     * @return the contact of every distinct id in {@code waIds}
     */
    @Transactional
    public Map<String, ContactId> findOrCreateByWaIds(WorkspaceId workspace, Collection<String> waIds) {
        return contacts.findOrCreateByWaIds(workspace, waIds, clock.instant());
    }

    /**
     * Moves a contact to its new WhatsApp number (system message {@code user_changed_number}). If the new
     * number already belongs to another contact, both are left as they are (a later merge decides).
     */
    @Transactional
    public Optional<ContactId> changeWhatsAppNumber(WorkspaceId workspace, String oldWaId, String newWaId) {
        var contact = contacts.findBy(workspace, IdentityKind.WA_ID, oldWaId);
        if (contact.isEmpty()) {
            return Optional.empty();
        }
        var taken = contacts.findBy(workspace, IdentityKind.WA_ID, newWaId);
        if (taken.isPresent() && !taken.equals(contact)) {
            log.info("A contact changed number to one another contact already has; left for a merge");
            return contact;
        }
        contacts.moveWhatsAppNumber(workspace, contact.get(), oldWaId, newWaId, clock.instant());
        return contact;
    }

    @Transactional(readOnly = true)
    public Optional<Contact> findByWaId(WorkspaceId workspace, String waId) {
        return contacts.findBy(workspace, IdentityKind.WA_ID, waId).flatMap(id -> contacts.get(workspace, id));
    }

    /** @throws ContactException INVALID if {@code phone} is not a plausible international number */
    @Transactional(readOnly = true)
    public Optional<Contact> findByPhone(WorkspaceId workspace, String phone) {
        return contacts.findBy(workspace, IdentityKind.PHONE, PhoneNumbers.e164(phone))
                .flatMap(id -> contacts.get(workspace, id));
    }

    /**
     * The contact someone means by what they typed: a contact id, an e-mail address, a phone number or a
     * WhatsApp id; empty if none matches in this workspace.
     */
    @Transactional(readOnly = true)
    public Optional<ContactId> resolve(WorkspaceId workspace, String typed) {
        var text = typed.strip();
        if (text.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            var id = new ContactId(java.util.UUID.fromString(text));
            return contacts.get(workspace, id).map(Contact::id);
        }
        if (text.contains("@")) {
            return contacts.findBy(workspace, IdentityKind.EMAIL, text.toLowerCase(java.util.Locale.ROOT));
        }
        var found = contacts.findBy(workspace, IdentityKind.WA_ID, text);
        if (found.isEmpty() && text.matches("[+0-9 ().\\-]{7,}")) {
            try {
                found = contacts.findBy(workspace, IdentityKind.PHONE, PhoneNumbers.e164(text));
            } catch (ContactException notAPhone) {
                return Optional.empty();
            }
        }
        return found;
    }

    /** @throws ContactException NOT_FOUND if the contact is not in this workspace */
    @Transactional(readOnly = true)
    public Contact get(WorkspaceId workspace, ContactId id) {
        return contacts.get(workspace, id).orElseThrow(ContactException::notFound);
    }
}

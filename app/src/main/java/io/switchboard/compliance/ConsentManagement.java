package io.switchboard.compliance;

import io.switchboard.channels.ChannelManagement;
import io.switchboard.compliance.internal.ConsentStore;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger: records grants and withdrawals with their proof, and answers a contact's current
 * consent (the latest row per purpose wins). Rows are never changed or deleted. Every method is scoped to
 * one workspace.
 */
@Service
public class ConsentManagement {
    static final int MAX_PROOF = 2000;
    private final ConsentStore ledger;
    private final ContactManagement contacts;
    private final ChannelManagement channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentManagement(
            ConsentStore ledger,
            ContactManagement contacts,
            ChannelManagement channels,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ledger = ledger;
        this.contacts = contacts;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Appends one row and updates the current state in the same transaction; publishes {@link
     * ConsentChanged}. A change whose dedupe key was recorded before records nothing and returns that row.
     *
     * @throws io.switchboard.contacts.ContactException NOT_FOUND if the contact is not in this workspace
     * @throws io.switchboard.channels.ChannelException NOT_FOUND if a channel is given and not in this workspace
     * @throws ComplianceException INVALID if the proof is blank
     */
    @Transactional
    public ConsentEntry record(WorkspaceId workspace, ConsentChange change) {
        contacts.get(workspace, change.contact());
        if (change.channel() != null) {
            channels.channel(workspace, change.channel());
        }
        if (change.proof().isBlank()) {
            throw ComplianceException.invalid(
                    "consent-proof-missing", "proof", "Say what shows the contact's will (the proof).");
        }
        if (change.dedupeKey() != null) {
            var seen = ledger.byDedupeKey(workspace, change.dedupeKey());
            if (seen.isPresent()) {
                return seen.get();
            }
        }
        // Both databases keep microseconds: the returned row equals the stored one.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var proof = change.proof().strip();
        var entry = new ConsentEntry(
                UUID.randomUUID(),
                change.contact(),
                change.channel(),
                change.purpose(),
                change.state(),
                change.source(),
                proof.length() > MAX_PROOF ? proof.substring(0, MAX_PROOF) : proof,
                change.actor(),
                change.occurredAt() == null ? now : change.occurredAt().truncatedTo(ChronoUnit.MICROS),
                now);
        if (!ledger.append(workspace, entry, change.dedupeKey())) {
            // The same fact recorded concurrently by a second delivery of its event.
            return ledger.byDedupeKey(workspace, String.valueOf(change.dedupeKey()))
                    .orElseThrow();
        }
        events.publishEvent(new ConsentChanged(
                workspace, entry.contactId(), entry.purpose(), entry.state(), entry.source(), entry.occurredAt()));
        return entry;
    }

    /** The latest row for this purpose; empty if nothing is on record (or the contact is unknown). */
    @Transactional(readOnly = true)
    public Optional<ConsentEntry> current(WorkspaceId workspace, ContactId contact, ConsentPurpose purpose) {
        return ledger.current(workspace, contact, purpose);
    }

    /** The current state alone; empty if nothing is on record. Cheap: one primary-key read. */
    @Transactional(readOnly = true)
    public Optional<ConsentState> state(WorkspaceId workspace, ContactId contact, ConsentPurpose purpose) {
        return ledger.currentState(workspace, contact, purpose);
    }

    /** The contact's ledger rows, newest first. */
    @Transactional(readOnly = true)
    public List<ConsentEntry> history(WorkspaceId workspace, ContactId contact) {
        return ledger.history(workspace, contact);
    }

    /**
     * Current consent per purpose and history.
     *
     * @throws io.switchboard.contacts.ContactException NOT_FOUND if the contact is not in this workspace
     */
    @Transactional(readOnly = true)
    public ConsentOverview overview(WorkspaceId workspace, ContactId contact) {
        contacts.get(workspace, contact);
        return new ConsentOverview(
                contact,
                ledger.current(workspace, contact, ConsentPurpose.MARKETING).orElse(null),
                ledger.current(workspace, contact, ConsentPurpose.UTILITY).orElse(null),
                ledger.history(workspace, contact));
    }

    /** Hands every ledger row of the workspace to {@code sink}, oldest recorded first, without a full list. */
    @Transactional(readOnly = true)
    public void export(WorkspaceId workspace, Consumer<ConsentEntry> sink) {
        ledger.export(workspace, sink);
    }
}

package io.switchboard.compliance;

import io.switchboard.contacts.ContactId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contact's current consent per purpose and the whole ledger, newest first.
 *
 * @param marketing the latest marketing row, {@code null} if none (no consent)
 * @param utility the latest utility row, {@code null} if none
 */
public record ConsentOverview(
        ContactId contactId,
        @Nullable ConsentEntry marketing,
        @Nullable ConsentEntry utility,
        List<ConsentEntry> history) {}

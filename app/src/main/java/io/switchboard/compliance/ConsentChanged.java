package io.switchboard.compliance;

import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;

/** A consent row was appended to the ledger (published once per row, in its transaction). */
public record ConsentChanged(
        WorkspaceId workspaceId,
        ContactId contactId,
        ConsentPurpose purpose,
        ConsentState state,
        ConsentSource source,
        Instant occurredAt) {}

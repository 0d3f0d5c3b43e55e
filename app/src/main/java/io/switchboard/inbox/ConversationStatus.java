package io.switchboard.inbox;

/**
 * Where a conversation stands. OPEN and PENDING (waiting on the customer) count as work; SNOOZED comes
 * back as OPEN at its time or with the customer's next message; RESOLVED is reopened by a new message.
 */
public enum ConversationStatus {
    OPEN,
    PENDING,
    SNOOZED,
    RESOLVED
}

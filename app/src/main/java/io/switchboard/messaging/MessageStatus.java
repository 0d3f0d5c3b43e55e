package io.switchboard.messaging;

/**
 * Where a message stands. Inbound messages are RECEIVED; outbound ones move ACCEPTED → SENT → DELIVERED →
 * READ (→ PLAYED for voice notes), or FAILED, and never backwards (invariant 2).
 */
public enum MessageStatus {
    RECEIVED,
    ACCEPTED,
    SENT,
    DELIVERED,
    READ,
    PLAYED,
    FAILED
}

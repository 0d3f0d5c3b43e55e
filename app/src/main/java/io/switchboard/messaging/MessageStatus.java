package io.switchboard.messaging;

/**
 * Where a message stands. Inbound messages are RECEIVED. Outbound ones start QUEUED (or BLOCKED by the
 * outbound policy, with the reason), become ACCEPTED when Meta returns a wamid, then move SENT → DELIVERED →
 * READ (→ PLAYED for voice notes), or FAILED, and never backwards (invariant 2). FAILED_UNKNOWN: the send
 * may or may not have reached Meta (crash or timeout) and no status webhook came to tell; it is never
 * resent automatically (invariant 1).
 */
public enum MessageStatus {
    RECEIVED,
    QUEUED,
    BLOCKED,
    ACCEPTED,
    SENT,
    DELIVERED,
    READ,
    PLAYED,
    FAILED,
    FAILED_UNKNOWN
}

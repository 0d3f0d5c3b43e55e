package io.switchboard.inbox;

/** How urgent a conversation is, set by agents; NONE until someone decides. */
public enum Priority {
    NONE,
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}

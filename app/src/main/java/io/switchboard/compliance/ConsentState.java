package io.switchboard.compliance;

/** A ledger row's state: the contact agreed, or withdrew (opted out). "Nothing on record" is no row. */
public enum ConsentState {
    GRANTED,
    WITHDRAWN
}

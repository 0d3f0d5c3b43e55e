package io.switchboard.messaging;

/** IN: from a contact to the business; OUT: from the business to a contact. */
public enum Direction {
    IN,
    OUT
}

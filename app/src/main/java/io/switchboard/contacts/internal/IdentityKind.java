package io.switchboard.contacts.internal;

/** The kinds of {@code contacts_identity} rows; each (workspace, kind, value) belongs to one contact. */
public enum IdentityKind {
    WA_ID,
    /** Meta's business-scoped user id (BSUID). */
    WA_USER_ID,
    WA_USERNAME,
    PHONE,
    EMAIL
}

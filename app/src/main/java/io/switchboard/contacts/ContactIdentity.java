package io.switchboard.contacts;

/** One channel identity of a contact, as the contact page lists them (a contact may have several of a type). */
public record ContactIdentity(ContactFilter.IdentityType type, String value) {}

package io.switchboard.contacts;

/**
 * One field of a request that breaks a rule.
 *
 * @param field the request field ({@code email}, {@code properties.plan}, {@code options})
 * @param message a sentence a user can act on
 */
public record ContactViolation(String field, String message) {}

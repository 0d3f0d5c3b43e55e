package io.switchboard.contacts;

/**
 * A workspace's label for contacts.
 *
 * @param colour a CSS hex colour, {@code #rrggbb}
 */
public record Tag(TagId id, String name, String colour) {}

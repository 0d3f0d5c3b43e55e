package io.switchboard.contacts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a contact list, newest first.
 *
 * @param next give it as {@code after} for the following page; {@code null} on the last page
 */
public record ContactPage(
        List<ContactDetails> contacts, @Nullable ContactId next) {}

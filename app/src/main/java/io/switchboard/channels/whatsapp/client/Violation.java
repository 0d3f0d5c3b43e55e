package io.switchboard.channels.whatsapp.client;

import org.springframework.modulith.NamedInterface;

/**
 * A rule of Meta's that a request breaks, found before calling Meta.
 *
 * @param field where, in Meta's JSON naming, e.g. {@code interactive.action.buttons[3]}
 * @param problem what is wrong, in words an operator can act on
 */
@NamedInterface("client")
public record Violation(String field, String problem) {}

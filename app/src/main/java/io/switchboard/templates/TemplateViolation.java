package io.switchboard.templates;

/**
 * One broken rule of Meta's, tied to the field that breaks it.
 *
 * @param field a path into {@link TemplateDefinition}: {@code name}, {@code header.text}, {@code
 *     body.examples.2}, {@code buttons[1].url}, …
 * @param message a sentence a user can act on
 */
public record TemplateViolation(String field, String message) {}

package io.switchboard.contacts;

import java.util.List;
import java.util.UUID;

/**
 * A custom property contacts of a workspace may have.
 *
 * @param key the stable name in the API and CSV ({@code plan}, {@code renewal_date})
 * @param label what people see
 * @param options the choices of a select type, in order; empty for other types
 */
public record PropertyDefinition(UUID id, String key, String label, PropertyType type, List<String> options) {}

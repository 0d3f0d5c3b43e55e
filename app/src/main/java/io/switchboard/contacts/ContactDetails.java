package io.switchboard.contacts;

import java.util.List;
import java.util.Map;

/**
 * A contact with its tags and property values.
 *
 * @param properties by property key: a {@code String} (text, date as ISO {@code 2026-01-31}, single_select),
 *     a {@code BigDecimal}, a {@code Boolean} or a {@code List<String>} (multi_select); keys without a value
 *     are absent
 */
public record ContactDetails(Contact contact, List<Tag> tags, Map<String, Object> properties) {}

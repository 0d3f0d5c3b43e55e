package io.switchboard.contacts;

import org.jspecify.annotations.Nullable;

/**
 * One condition of a segment, e.g. {@code {"kind":"property","field":"plan","operator":"equals","value":"gold"}}.
 * Which kinds exist, and what {@code field}, {@code operator} and {@code value} mean for each, is up to the
 * module that contributes the kind (see {@link io.switchboard.contacts.spi.SegmentCriteria}); values are
 * always text, as forms send them.
 *
 * @param kind tag, property, identity, last_activity, created, last_inbound, messages_received, consent,
 *     campaign
 * @param field what the kind needs besides the value: the property key, the consent purpose; else null
 */
public record SegmentCondition(
        String kind,
        @Nullable String field,
        String operator,
        @Nullable String value) {
    public SegmentCondition {
        kind = kind == null ? "" : kind.strip();
        operator = operator == null ? "" : operator.strip();
        field = field == null || field.isBlank() ? null : field.strip();
        value = value == null ? null : value.strip();
    }
}

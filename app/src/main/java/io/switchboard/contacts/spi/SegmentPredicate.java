package io.switchboard.contacts.spi;

import java.util.Map;

/**
 * An SQL boolean expression over the contact row {@code c}, and its named parameters.
 *
 * @param params values by name (without the colon); none may be null
 */
public record SegmentPredicate(String sql, Map<String, Object> params) {
    public SegmentPredicate {
        params = Map.copyOf(params);
    }
}

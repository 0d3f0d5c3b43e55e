package io.switchboard.contacts.internal;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Parameter rows for JDBC batches ({@code NamedParameterJdbcTemplate.batchUpdate}). */
final class Batches {
    private Batches() {}

    static SqlParameterSource params(Map<String, ?> values) {
        return new MapSqlParameterSource(values);
    }
}

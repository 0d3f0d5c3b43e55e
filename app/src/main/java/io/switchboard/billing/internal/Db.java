package io.switchboard.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Conversions both JDBC drivers accept, and the scope id of the installation's default rate card. */
final class Db {
    /** {@code workspace_id} of the global rate card lines. */
    static final UUID GLOBAL = new UUID(0, 0);

    private Db() {}

    static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.PostgresAppTest;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statements the dispatcher runs per send find their row by key even with the generic plan PostgreSQL
 * caches for a prepared statement while the tables are new and have no statistics (as in a fresh database):
 * with an index led by workspace_id alone, that plan read every row of the workspace per send until the
 * first ANALYZE.
 */
@PostgresAppTest
class OutboxPlanPostgresTests {
    @Autowired
    DataSource dataSource;

    @Test
    void perSendStatementsUseTheirKeyWithAGenericPlan() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                asInANewDatabase(connection);
                assertPerSendPlans(connection);
            } finally {
                // Gives the tables their statistics back: the catalog changes are part of this transaction.
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * The tables as the planner sees them before their first ANALYZE, whatever the tests before this one (same
     * context, same database) left: no column statistics, size unknown (the planner then assumes at least ten
     * pages, so index scans are on the table).
     */
    private static void asInANewDatabase(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("delete from pg_statistic where starelid in"
                    + " ('messaging_outbox'::regclass, 'messaging_message'::regclass)");
            statement.execute("update pg_class set reltuples = -1, relpages = 0 where oid in"
                    + " ('messaging_outbox'::regclass, 'messaging_message'::regclass)");
        }
    }

    private static void assertPerSendPlans(Connection connection) throws SQLException {
        assertThat(genericPlan(
                        connection,
                        "update messaging_outbox set state = 'SENT' where workspace_id = $1 and id = $2"
                                + " and state in ('SENDING', 'FAILED_UNKNOWN')",
                        "uuid, uuid"))
                .contains("messaging_outbox_pkey");
        assertThat(genericPlan(
                        connection,
                        "update messaging_message set status = 'ACCEPTED' where workspace_id = $1 and id = $2"
                                + " and provider_message_id is null",
                        "uuid, uuid"))
                .contains("messaging_message_pkey");
        assertThat(genericPlan(
                        connection,
                        "select id from messaging_message where workspace_id = $1 and channel_id = $2"
                                + " and provider_message_id = $3 for update",
                        "uuid, uuid, text"))
                .contains("messaging_message_provider_uk");
    }

    private static String genericPlan(Connection connection, String sql, String types) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set plan_cache_mode = force_generic_plan");
            statement.execute("deallocate all");
            statement.execute("prepare p(" + types + ") as " + sql);
            var args = types.split(",").length == 2
                    ? "gen_random_uuid(), gen_random_uuid()"
                    : "gen_random_uuid(), gen_random_uuid(), 'x'";
            var plan = new StringBuilder();
            try (var rs = statement.executeQuery("explain execute p(" + args + ")")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            statement.execute("deallocate p");
            statement.execute("reset plan_cache_mode");
            return plan.toString();
        }
    }
}

package io.switchboard.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

/**
 * Real databases for tests: a fresh PostgreSQL database per Spring context on the local server
 * (dropped when the JVM exits), or a fresh in-memory H2 in PostgreSQL mode. Nothing is mocked.
 */
public final class TestDatabases {
    public static final String PG_HOST = env("SWITCHBOARD_TEST_PG_HOST", "127.0.0.1");
    public static final String PG_PORT = env("SWITCHBOARD_TEST_PG_PORT", "5432");
    public static final String PG_USER = env("SWITCHBOARD_TEST_PG_USER", "postgres");
    public static final String PG_PASSWORD = env("SWITCHBOARD_TEST_PG_PASSWORD", "");
    private static final String PREFIX = "sb_test_";
    // Test databases are dropped by a later run, not at JVM exit: a shutdown hook races with the Spring
    // contexts closing their pools and stalls the fork. Two hours is longer than any test run.
    private static final long STALE_AFTER_SECONDS = 2 * 3600;

    static {
        dropStale();
    }

    private TestDatabases() {}

    public static String h2Url() {
        return "jdbc:h2:mem:sb_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String newPostgresDatabase() {
        var name = PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (var connection = DriverManager.getConnection(url("postgres"), PG_USER, PG_PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is needed at " + PG_HOST + ":" + PG_PORT + " for this test (see README, Tests)", e);
        }
        return url(name);
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    private static void dropStale() {
        var cutoff = Instant.now().getEpochSecond() - STALE_AFTER_SECONDS;
        try (var connection = DriverManager.getConnection(url("postgres"), PG_USER, PG_PASSWORD);
                var statement = connection.createStatement()) {
            var names = new ArrayList<String>();
            try (var rows =
                    statement.executeQuery("select datname from pg_database where datname like 'sb\\_test\\_%'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (var name : names) {
                var parts = name.split("_");
                if (parts.length == 4 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < cutoff) {
                    try {
                        statement.execute("drop database if exists " + name);
                    } catch (SQLException inUse) {
                        // Still open somewhere: a later run drops it.
                    }
                }
            }
        } catch (SQLException unavailable) {
            // No PostgreSQL here: the PostgreSQL tests will say so when they need it.
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

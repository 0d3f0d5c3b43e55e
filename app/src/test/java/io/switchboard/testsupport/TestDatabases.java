package io.switchboard.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Real databases for tests: a fresh PostgreSQL database per Spring context on the local server
 * (dropped when the JVM exits), or a fresh in-memory H2 in PostgreSQL mode. Nothing is mocked.
 */
public final class TestDatabases {
    public static final String PG_HOST = env("SWITCHBOARD_TEST_PG_HOST", "127.0.0.1");
    public static final String PG_PORT = env("SWITCHBOARD_TEST_PG_PORT", "5432");
    public static final String PG_USER = env("SWITCHBOARD_TEST_PG_USER", "postgres");
    public static final String PG_PASSWORD = env("SWITCHBOARD_TEST_PG_PASSWORD", "");
    private static final CopyOnWriteArrayList<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll));
    }

    private TestDatabases() {}

    public static String h2Url() {
        return "jdbc:h2:mem:sb_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String newPostgresDatabase() {
        var name = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var connection = DriverManager.getConnection(url("postgres"), PG_USER, PG_PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is needed at " + PG_HOST + ":" + PG_PORT + " for this test (see README, Tests)", e);
        }
        CREATED.add(name);
        return url(name);
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    private static void dropAll() {
        for (var name : CREATED) {
            try (var connection = DriverManager.getConnection(url("postgres"), PG_USER, PG_PASSWORD);
                    var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException ignored) {
                // Best effort at JVM exit; a left-over test database holds no real data.
            }
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

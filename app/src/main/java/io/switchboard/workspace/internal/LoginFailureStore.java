package io.switchboard.workspace.internal;

import static io.switchboard.workspace.internal.Sql.ts;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per throttle key ({@code account:<email>} or {@code address:<ip>}), shared by all nodes. */
@Repository
class LoginFailureStore {
    static final String INSERT =
            "insert into workspace_login_failure (id, throttle_key, failed_at) values (:id, :key, :at)";
    static final String COUNT_SINCE =
            "select count(*) from workspace_login_failure where throttle_key = :key and failed_at > :since";
    static final String OLDEST_SINCE =
            "select min(failed_at) from workspace_login_failure where throttle_key = :key and failed_at > :since";
    static final String CLEAR = "delete from workspace_login_failure where throttle_key = :key";
    static final String PURGE = "delete from workspace_login_failure where failed_at < :before";

    private final JdbcClient jdbc;

    LoginFailureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String key, Instant at) {
        jdbc.sql(INSERT)
                .param("id", UUID.randomUUID())
                .param("key", key)
                .param("at", ts(at))
                .update();
    }

    long countSince(String key, Instant since) {
        return jdbc.sql(COUNT_SINCE)
                .param("key", key)
                .param("since", ts(since))
                .query(Long.class)
                .single();
    }

    Instant oldestSince(String key, Instant since) {
        return jdbc.sql(OLDEST_SINCE)
                .param("key", key)
                .param("since", ts(since))
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }

    void clear(String key) {
        jdbc.sql(CLEAR).param("key", key).update();
    }

    int purge(Instant before) {
        return jdbc.sql(PURGE).param("before", ts(before)).update();
    }
}

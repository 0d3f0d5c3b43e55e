package io.switchboard.workspace.internal;

import static io.switchboard.workspace.internal.Sql.ts;

import io.switchboard.workspace.ApiKey;
import io.switchboard.workspace.ApiKeyId;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API keys, stored by the SHA-256 of their secret. */
@Repository
public class ApiKeyStore {
    /** What authentication needs: the key, its workspace and when it was last used. */
    public record Match(WorkspaceId workspaceId, ApiKey key) {}

    static final String COLUMNS =
            "select id, workspace_id, name, prefix, created_at, last_used_at, revoked_at from workspace_api_key";
    static final String INSERT = """
            insert into workspace_api_key (id, workspace_id, name, prefix, secret_hash, created_at, created_by)
            values (:id, :workspace, :name, :prefix, :hash, :at, :by)""";
    static final String LIST = COLUMNS + " where workspace_id = :workspace order by created_at desc";
    static final String FIND = COLUMNS + " where workspace_id = :workspace and id = :id";
    static final String BY_HASH = COLUMNS + " where secret_hash = :hash and revoked_at is null";
    static final String REVOKE =
            "update workspace_api_key set revoked_at = :at where workspace_id = :workspace and id = :id and revoked_at is null";
    static final String TOUCH =
            "update workspace_api_key set last_used_at = :at where workspace_id = :workspace and id = :id";

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId workspace, ApiKey key, String hash, @Nullable UserId by) {
        jdbc.sql(INSERT)
                .param("id", key.id().value())
                .param("workspace", workspace.value())
                .param("name", key.name())
                .param("prefix", key.prefix())
                .param("hash", hash)
                .param("at", ts(key.createdAt()))
                .param("by", by == null ? null : by.value())
                .update();
    }

    public List<ApiKey> list(WorkspaceId workspace) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query(ApiKeyStore::key)
                .list();
    }

    public Optional<ApiKey> find(WorkspaceId workspace, ApiKeyId id) {
        return jdbc.sql(FIND)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(ApiKeyStore::key)
                .optional();
    }

    public Optional<Match> byHash(String hash) {
        return jdbc.sql(BY_HASH)
                .param("hash", hash)
                .query((rs, n) -> new Match(new WorkspaceId(Sql.uuid(rs, "workspace_id")), key(rs, n)))
                .optional();
    }

    public int revoke(WorkspaceId workspace, ApiKeyId id, Instant at) {
        return jdbc.sql(REVOKE)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("at", ts(at))
                .update();
    }

    public void touch(WorkspaceId workspace, ApiKeyId id, Instant at) {
        jdbc.sql(TOUCH)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("at", ts(at))
                .update();
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        return new ApiKey(
                new ApiKeyId(Sql.uuid(rs, "id")),
                rs.getString("name"),
                rs.getString("prefix"),
                Sql.instant(rs, "created_at"),
                Sql.nullableInstant(rs, "last_used_at"),
                Sql.nullableInstant(rs, "revoked_at"));
    }
}

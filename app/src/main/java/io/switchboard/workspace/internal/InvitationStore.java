package io.switchboard.workspace.internal;

import static io.switchboard.workspace.internal.Sql.ts;

import io.switchboard.workspace.Invitation;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations, found by the SHA-256 of their link token. */
@Repository
public class InvitationStore {
    static final String COLUMNS = "select id, workspace_id, email, role, expires_at from workspace_invitation";
    static final String INSERT = """
            insert into workspace_invitation (id, workspace_id, email, role, token_hash, invited_by, created_at, expires_at)
            values (:id, :workspace, :email, :role, :hash, :by, :at, :expires)""";
    static final String OPEN_BY_HASH =
            COLUMNS + " where token_hash = :hash and accepted_at is null and revoked_at is null and expires_at > :now";
    static final String PENDING = COLUMNS
            + " where workspace_id = :workspace and accepted_at is null and revoked_at is null and expires_at > :now order by created_at desc";
    static final String ACCEPT =
            "update workspace_invitation set accepted_at = :at where id = :id and accepted_at is null and revoked_at is null";
    static final String REVOKE =
            "update workspace_invitation set revoked_at = :at where workspace_id = :workspace and id = :id and accepted_at is null";

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Invitation invitation, String hash, @Nullable UserId by, Instant at) {
        jdbc.sql(INSERT)
                .param("id", invitation.id())
                .param("workspace", invitation.workspaceId().value())
                .param("email", invitation.email())
                .param("role", invitation.role().name())
                .param("hash", hash)
                .param("by", by == null ? null : by.value())
                .param("at", ts(at))
                .param("expires", ts(invitation.expiresAt()))
                .update();
    }

    public Optional<Invitation> openByHash(String hash, Instant now) {
        return jdbc.sql(OPEN_BY_HASH)
                .param("hash", hash)
                .param("now", ts(now))
                .query(InvitationStore::map)
                .optional();
    }

    public List<Invitation> pending(WorkspaceId workspace, Instant now) {
        return jdbc.sql(PENDING)
                .param("workspace", workspace.value())
                .param("now", ts(now))
                .query(InvitationStore::map)
                .list();
    }

    /** @return false if someone accepted or revoked it first */
    public boolean accept(UUID id, Instant at) {
        return jdbc.sql(ACCEPT).param("id", id).param("at", ts(at)).update() == 1;
    }

    public int revoke(WorkspaceId workspace, UUID id, Instant at) {
        return jdbc.sql(REVOKE)
                .param("workspace", workspace.value())
                .param("id", id)
                .param("at", ts(at))
                .update();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(
                Sql.uuid(rs, "id"),
                new WorkspaceId(Sql.uuid(rs, "workspace_id")),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                Sql.instant(rs, "expires_at"));
    }
}

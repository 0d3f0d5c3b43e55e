package io.switchboard.workspace.internal;

import static io.switchboard.workspace.internal.Sql.ts;

import io.switchboard.workspace.Member;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users (installation-wide) and their memberships (per workspace). */
@Repository
public class UserStore {
    /** A user row with its password hash: never leaves this module. */
    public record Account(UserId id, String email, String displayName, String passwordHash, boolean instanceAdmin) {
        @Override
        public String toString() {
            return "Account[id=" + id + ", passwordHash=****]";
        }
    }

    static final String INSERT_USER = """
            insert into workspace_user (id, email, display_name, password_hash, instance_admin, created_at, password_changed_at)
            values (:id, :email, :name, :hash, :admin, :at, :at)""";
    static final String ACCOUNT_COLUMNS =
            "select id, email, display_name, password_hash, instance_admin from workspace_user";
    static final String BY_EMAIL = ACCOUNT_COLUMNS + " where email = :email";
    static final String BY_ID = ACCOUNT_COLUMNS + " where id = :id";
    static final String SET_PASSWORD =
            "update workspace_user set password_hash = :hash, password_changed_at = :at where id = :id";
    static final String SET_NAME = "update workspace_user set display_name = :name where id = :id";
    static final String COUNT_USERS = "select count(*) from workspace_user";
    static final String INSERT_MEMBER = """
            insert into workspace_member (workspace_id, user_id, role, active, joined_at)
            values (:workspace, :user, :role, true, :at)""";
    static final String MEMBER_COLUMNS = """
            select u.id, u.email, u.display_name, m.role, m.active, m.joined_at
              from workspace_member m join workspace_user u on u.id = m.user_id
             where m.workspace_id = :workspace""";
    static final String MEMBERS = MEMBER_COLUMNS + " order by lower(u.display_name), u.email";
    static final String MEMBER = MEMBER_COLUMNS + " and m.user_id = :user";
    static final String SET_ROLE =
            "update workspace_member set role = :role where workspace_id = :workspace and user_id = :user";
    static final String SET_ACTIVE =
            "update workspace_member set active = :active where workspace_id = :workspace and user_id = :user";
    static final String ACTIVE_OWNERS =
            "select count(*) from workspace_member where workspace_id = :workspace and role = 'OWNER' and active = true";
    static final String ACTIVE_MEMBERSHIPS =
            "select count(*) from workspace_member where user_id = :user and active = true";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertUser(UserId id, String email, String name, String hash, boolean admin, Instant at) {
        jdbc.sql(INSERT_USER)
                .param("id", id.value())
                .param("email", email)
                .param("name", name)
                .param("hash", hash)
                .param("admin", admin)
                .param("at", ts(at))
                .update();
    }

    public Optional<Account> byEmail(String email) {
        return jdbc.sql(BY_EMAIL)
                .param("email", email)
                .query(UserStore::account)
                .optional();
    }

    public Optional<Account> byId(UserId id) {
        return jdbc.sql(BY_ID).param("id", id.value()).query(UserStore::account).optional();
    }

    public void setPassword(UserId id, String hash, Instant at) {
        jdbc.sql(SET_PASSWORD)
                .param("id", id.value())
                .param("hash", hash)
                .param("at", ts(at))
                .update();
    }

    public void setName(UserId id, String name) {
        jdbc.sql(SET_NAME).param("id", id.value()).param("name", name).update();
    }

    public long countUsers() {
        return jdbc.sql(COUNT_USERS).query(Long.class).single();
    }

    public void insertMember(WorkspaceId workspace, UserId user, Role role, Instant at) {
        jdbc.sql(INSERT_MEMBER)
                .param("workspace", workspace.value())
                .param("user", user.value())
                .param("role", role.name())
                .param("at", ts(at))
                .update();
    }

    public List<Member> members(WorkspaceId workspace) {
        return jdbc.sql(MEMBERS)
                .param("workspace", workspace.value())
                .query(UserStore::member)
                .list();
    }

    public Optional<Member> member(WorkspaceId workspace, UserId user) {
        return jdbc.sql(MEMBER)
                .param("workspace", workspace.value())
                .param("user", user.value())
                .query(UserStore::member)
                .optional();
    }

    public void setRole(WorkspaceId workspace, UserId user, Role role) {
        jdbc.sql(SET_ROLE)
                .param("workspace", workspace.value())
                .param("user", user.value())
                .param("role", role.name())
                .update();
    }

    public void setActive(WorkspaceId workspace, UserId user, boolean active) {
        jdbc.sql(SET_ACTIVE)
                .param("workspace", workspace.value())
                .param("user", user.value())
                .param("active", active)
                .update();
    }

    public long activeOwners(WorkspaceId workspace) {
        return jdbc.sql(ACTIVE_OWNERS)
                .param("workspace", workspace.value())
                .query(Long.class)
                .single();
    }

    public long activeMemberships(UserId user) {
        return jdbc.sql(ACTIVE_MEMBERSHIPS)
                .param("user", user.value())
                .query(Long.class)
                .single();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                new UserId(Sql.uuid(rs, "id")),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("instance_admin"));
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                new UserId(Sql.uuid(rs, "id")),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("active"),
                Sql.instant(rs, "joined_at"));
    }
}

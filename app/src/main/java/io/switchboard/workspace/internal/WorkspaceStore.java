package io.switchboard.workspace.internal;

import static io.switchboard.workspace.internal.Sql.ts;

import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workspaces. The unscoped list exists for the instance administrator's page only. */
@Repository
public class WorkspaceStore {
    static final String INSERT =
            "insert into workspace_workspace (id, name, time_zone, created_at) values (:id, :name, :zone, :at)";
    static final String FIND = "select id, name, time_zone, created_at from workspace_workspace where id = :id";
    static final String ALL = "select id, name, time_zone, created_at from workspace_workspace order by created_at";
    static final String OF_USER = """
            select w.id, w.name, w.time_zone, w.created_at from workspace_workspace w
              join workspace_member m on m.workspace_id = w.id
             where m.user_id = :user and m.active = true
             order by m.joined_at, w.name""";
    static final String UPDATE = "update workspace_workspace set name = :name, time_zone = :zone where id = :id";
    static final String COUNT = "select count(*) from workspace_workspace";

    private final JdbcClient jdbc;

    WorkspaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceSummary workspace) {
        jdbc.sql(INSERT)
                .param("id", workspace.id().value())
                .param("name", workspace.name())
                .param("zone", workspace.timeZone())
                .param("at", ts(workspace.createdAt()))
                .update();
    }

    public Optional<WorkspaceSummary> find(WorkspaceId id) {
        return jdbc.sql(FIND).param("id", id.value()).query(WorkspaceStore::map).optional();
    }

    public List<WorkspaceSummary> all() {
        return jdbc.sql(ALL).query(WorkspaceStore::map).list();
    }

    public List<WorkspaceSummary> ofUser(UserId user) {
        return jdbc.sql(OF_USER)
                .param("user", user.value())
                .query(WorkspaceStore::map)
                .list();
    }

    public void update(WorkspaceId id, String name, String zone) {
        jdbc.sql(UPDATE)
                .param("id", id.value())
                .param("name", name)
                .param("zone", zone)
                .update();
    }

    public long count() {
        return jdbc.sql(COUNT).query(Long.class).single();
    }

    private static WorkspaceSummary map(ResultSet rs, int row) throws SQLException {
        return new WorkspaceSummary(
                new WorkspaceId(Sql.uuid(rs, "id")),
                rs.getString("name"),
                rs.getString("time_zone"),
                Sql.instant(rs, "created_at"));
    }
}

package io.switchboard.workspace.internal;

import static io.switchboard.workspace.internal.Sql.ts;

import io.switchboard.workspace.Team;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams and their members, always within one workspace. */
@Repository
public class TeamStore {
    static final String INSERT =
            "insert into workspace_team (id, workspace_id, name, created_at) values (:id, :workspace, :name, :at)";
    static final String LIST = """
            select t.id, t.name, t.created_at, tm.user_id from workspace_team t
              left join workspace_team_member tm on tm.team_id = t.id and tm.workspace_id = t.workspace_id
             where t.workspace_id = :workspace
             order by lower(t.name), t.id""";
    static final String RENAME = "update workspace_team set name = :name where workspace_id = :workspace and id = :id";
    static final String DELETE = "delete from workspace_team where workspace_id = :workspace and id = :id";
    static final String DELETE_MEMBERS =
            "delete from workspace_team_member where workspace_id = :workspace and team_id = :id";
    static final String ADD_MEMBER = """
            merge into workspace_team_member t using (values (:workspace, :team, :user)) as s(workspace_id, team_id, user_id)
               on t.team_id = s.team_id and t.user_id = s.user_id
             when not matched then insert (workspace_id, team_id, user_id) values (s.workspace_id, s.team_id, s.user_id)""";
    static final String REMOVE_MEMBER =
            "delete from workspace_team_member where workspace_id = :workspace and team_id = :team and user_id = :user";
    static final String NAME_TAKEN =
            "select count(*) from workspace_team where workspace_id = :workspace and lower(name) = lower(:name) and id <> :id";

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId workspace, TeamId id, String name, Instant at) {
        jdbc.sql(INSERT)
                .param("id", id.value())
                .param("workspace", workspace.value())
                .param("name", name)
                .param("at", ts(at))
                .update();
    }

    public List<Team> list(WorkspaceId workspace) {
        var teams = new LinkedHashMap<UUID, Team>();
        jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query((rs, n) -> {
                    var id = Sql.uuid(rs, "id");
                    var team = teams.computeIfAbsent(id, k -> newTeam(id, rs));
                    var user = rs.getObject("user_id", UUID.class);
                    if (user != null) {
                        team.members().add(new UserId(user));
                    }
                    return id;
                })
                .list();
        return teams.values().stream()
                .map(t -> new Team(t.id(), t.name(), List.copyOf(t.members()), t.createdAt()))
                .toList();
    }

    private static Team newTeam(UUID id, java.sql.ResultSet rs) {
        try {
            return new Team(new TeamId(id), rs.getString("name"), new ArrayList<>(), Sql.instant(rs, "created_at"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Team> find(WorkspaceId workspace, TeamId id) {
        return list(workspace).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public boolean nameTaken(WorkspaceId workspace, String name, TeamId except) {
        return jdbc.sql(NAME_TAKEN)
                        .param("workspace", workspace.value())
                        .param("name", name)
                        .param("id", except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public int rename(WorkspaceId workspace, TeamId id, String name) {
        return jdbc.sql(RENAME)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("name", name)
                .update();
    }

    public int delete(WorkspaceId workspace, TeamId id) {
        jdbc.sql(DELETE_MEMBERS)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .update();
        return jdbc.sql(DELETE)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .update();
    }

    public void addMember(WorkspaceId workspace, TeamId team, UserId user) {
        jdbc.sql(ADD_MEMBER)
                .param("workspace", workspace.value())
                .param("team", team.value())
                .param("user", user.value())
                .update();
    }

    public void removeMember(WorkspaceId workspace, TeamId team, UserId user) {
        jdbc.sql(REMOVE_MEMBER)
                .param("workspace", workspace.value())
                .param("team", team.value())
                .param("user", user.value())
                .update();
    }
}

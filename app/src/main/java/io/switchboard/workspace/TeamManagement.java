package io.switchboard.workspace;

import io.switchboard.workspace.WorkspaceException.Kind;
import io.switchboard.workspace.internal.Credentials;
import io.switchboard.workspace.internal.TeamStore;
import io.switchboard.workspace.internal.UserStore;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams of one workspace: names unique per workspace (ignoring case), members must be members. */
@Service
public class TeamManagement {
    private final TeamStore teams;
    private final UserStore users;
    private final Clock clock;

    TeamManagement(TeamStore teams, UserStore users, Clock clock) {
        this.teams = teams;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Team> teams(WorkspaceId workspace) {
        return teams.list(workspace);
    }

    /** @throws WorkspaceException NOT_FOUND if the team is not in this workspace */
    @Transactional(readOnly = true)
    public Team team(WorkspaceId workspace, TeamId id) {
        return teams.find(workspace, id).orElseThrow(() -> WorkspaceException.notFound("team"));
    }

    /** The teams the user belongs to in this workspace. */
    @Transactional(readOnly = true)
    public List<Team> teamsOf(WorkspaceId workspace, UserId user) {
        return teams.list(workspace).stream()
                .filter(t -> t.members().contains(user))
                .toList();
    }

    /** @throws WorkspaceException CONFLICT if the name is taken, INVALID if empty or too long */
    @Transactional
    public Team create(WorkspaceId workspace, String name) {
        var id = TeamId.random();
        var clean = uniqueName(workspace, name, id);
        teams.insert(workspace, id, clean, clock.instant());
        return team(workspace, id);
    }

    @Transactional
    public Team rename(WorkspaceId workspace, TeamId id, String name) {
        team(workspace, id);
        teams.rename(workspace, id, uniqueName(workspace, name, id));
        return team(workspace, id);
    }

    @Transactional
    public void delete(WorkspaceId workspace, TeamId id) {
        if (teams.delete(workspace, id) == 0) {
            throw WorkspaceException.notFound("team");
        }
    }

    /** @throws WorkspaceException NOT_FOUND if the team or the user is not in this workspace */
    @Transactional
    public Team addMember(WorkspaceId workspace, TeamId id, UserId user) {
        team(workspace, id);
        users.member(workspace, user).orElseThrow(() -> WorkspaceException.notFound("user"));
        teams.addMember(workspace, id, user);
        return team(workspace, id);
    }

    @Transactional
    public Team removeMember(WorkspaceId workspace, TeamId id, UserId user) {
        team(workspace, id);
        teams.removeMember(workspace, id, user);
        return team(workspace, id);
    }

    private String uniqueName(WorkspaceId workspace, String name, TeamId id) {
        var clean = Credentials.name(name, "team", 100);
        if (teams.nameTaken(workspace, clean, id)) {
            throw new WorkspaceException(
                    Kind.CONFLICT, "team-name-taken", "There is already a team called " + clean + ".");
        }
        return clean;
    }
}

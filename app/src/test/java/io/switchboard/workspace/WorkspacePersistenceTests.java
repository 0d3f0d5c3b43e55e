package io.switchboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.testsupport.Tenants;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workspace module's rules against a real database; run on PostgreSQL and on H2 by the two
 * subclasses, proving the same migrations and SQL work on both engines.
 */
abstract class WorkspacePersistenceTests {
    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    TeamManagement teams;

    @Autowired
    ApiKeyManagement keys;

    Tenants.Tenant tenant;
    SwitchboardPrincipal owner;

    @BeforeEach
    void createTenant() {
        tenant = new Tenants(workspaces, users, keys).create("Persistence " + UUID.randomUUID());
        owner = SwitchboardPrincipal.user(tenant.workspaceId(), tenant.ownerId(), Role.OWNER, "Owner", false);
    }

    @Test
    void createsWorkspaceWithItsOwner() {
        var workspace = workspaces.get(tenant.workspaceId());
        assertThat(workspace.timeZone()).isEqualTo("UTC");
        assertThat(users.members(tenant.workspaceId())).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(Role.OWNER);
            assertThat(m.email()).isEqualTo(tenant.ownerEmail());
            assertThat(m.active()).isTrue();
        });
        assertThat(workspaces.workspacesOf(tenant.ownerId()))
                .extracting(WorkspaceSummary::id)
                .contains(tenant.workspaceId());
    }

    @Test
    void invitationLinkCreatesAnAgentOnce() {
        var invitation = users.invite(tenant.workspaceId(), "New.Agent@Example.test", Role.AGENT, owner);
        assertThat(invitation.invitation().email()).isEqualTo("new.agent@example.test");
        assertThat(users.pendingInvitations(tenant.workspaceId())).hasSize(1);

        var agent = users.accept(invitation.token(), "New Agent", "a long enough password");

        assertThat(users.member(tenant.workspaceId(), agent).role()).isEqualTo(Role.AGENT);
        assertThat(users.pendingInvitations(tenant.workspaceId())).isEmpty();
        assertThatThrownBy(() -> users.accept(invitation.token(), "Again", "a long enough password"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("invalid, used or expired");
    }

    @Test
    void existingUserJoinsASecondWorkspaceWithTheirPassword() {
        var other = new Tenants(workspaces, users, keys).create("Other " + UUID.randomUUID());
        var otherOwner = SwitchboardPrincipal.user(other.workspaceId(), other.ownerId(), Role.OWNER, "O", false);
        var invitation = users.invite(other.workspaceId(), tenant.ownerEmail(), Role.ADMIN, otherOwner);

        assertThatThrownBy(() -> users.accept(invitation.token(), null, "wrong password!"))
                .hasMessageContaining("not the password");
        users.accept(invitation.token(), null, tenant.ownerPassword());

        assertThat(workspaces.workspacesOf(tenant.ownerId()))
                .extracting(WorkspaceSummary::id)
                .contains(tenant.workspaceId(), other.workspaceId());
    }

    @Test
    void workspaceKeepsAnActiveOwner() {
        assertThatThrownBy(() -> users.deactivate(tenant.workspaceId(), tenant.ownerId(), owner))
                .isInstanceOf(WorkspaceException.class)
                .extracting(e -> ((WorkspaceException) e).slug())
                .isEqualTo("last-owner");
        assertThatThrownBy(() -> users.changeRole(tenant.workspaceId(), tenant.ownerId(), Role.AGENT, owner))
                .hasMessageContaining("needs an active owner");
    }

    @Test
    void deactivationAndReactivationOfAMember() {
        var invitation = users.invite(tenant.workspaceId(), "leaving@example.test", Role.AGENT, owner);
        var agent = users.accept(invitation.token(), "Leaving", "a long enough password");

        assertThat(users.deactivate(tenant.workspaceId(), agent, owner).active())
                .isFalse();
        assertThat(workspaces.workspacesOf(agent)).isEmpty();
        assertThat(users.reactivate(tenant.workspaceId(), agent).active()).isTrue();
    }

    @Test
    void teamsHaveUniqueNamesAndMembersFromTheWorkspace() {
        var team = teams.create(tenant.workspaceId(), "Support");
        assertThatThrownBy(() -> teams.create(tenant.workspaceId(), "support")).hasMessageContaining("already a team");
        teams.addMember(tenant.workspaceId(), team.id(), tenant.ownerId());
        teams.addMember(tenant.workspaceId(), team.id(), tenant.ownerId());
        assertThat(teams.team(tenant.workspaceId(), team.id()).members()).containsExactly(tenant.ownerId());
        assertThatThrownBy(() -> teams.addMember(tenant.workspaceId(), team.id(), UserId.random()))
                .hasMessageContaining("No such user");
        assertThat(teams.teamsOf(tenant.workspaceId(), tenant.ownerId()))
                .extracting(Team::name)
                .containsExactly("Support");
        teams.delete(tenant.workspaceId(), team.id());
        assertThat(teams.teams(tenant.workspaceId())).isEmpty();
    }

    @Test
    void apiKeysAreStoredHashedAndRevocable() {
        var created = keys.create(tenant.workspaceId(), "CI", tenant.ownerId());
        assertThat(created.secret()).startsWith("sb_").hasSize(43);
        assertThat(created.key().prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(created.toString()).doesNotContain(created.secret());

        var revoked = keys.revoke(tenant.workspaceId(), created.key().id());
        assertThat(revoked.active()).isFalse();
        assertThat(keys.keys(tenant.workspaceId()))
                .extracting(ApiKey::id)
                .contains(created.key().id());
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        assertThatThrownBy(() -> users.changePassword(tenant.ownerId(), "not it at all", "a new long password"))
                .hasMessageContaining("current password");
        assertThatThrownBy(() -> users.changePassword(tenant.ownerId(), tenant.ownerPassword(), "short"))
                .hasMessageContaining("between 10");
        users.changePassword(tenant.ownerId(), tenant.ownerPassword(), "a new long password");
    }

    @Test
    void workspaceTimeZoneMustExist() {
        assertThatThrownBy(() -> workspaces.update(tenant.workspaceId(), "X", "Mars/Olympus"))
                .hasMessageContaining("not a time zone");
        assertThat(workspaces
                        .update(tenant.workspaceId(), "Renamed", "Europe/Rome")
                        .timeZone())
                .isEqualTo("Europe/Rome");
    }
}

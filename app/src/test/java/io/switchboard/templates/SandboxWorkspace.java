package io.switchboard.templates;

import static org.awaitility.Awaitility.await;

import io.switchboard.channels.ChannelId;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The workspace that owns the embedded sandbox number in a test's app, with an API key for it. */
record SandboxWorkspace(WorkspaceId workspaceId, ChannelId channelId, String apiKey) {

    static SandboxWorkspace find(
            WorkspaceManagement workspaces, UserManagement users, ApiKeyManagement keys, JdbcClient jdbc) {
        // The first workspace of an installation gets the sandbox number; make one in case none exists yet.
        new Tenants(workspaces, users, keys).create("Maybe first");
        var row = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql("select id, workspace_id from channels_channel where sandbox = true")
                                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                                .optional(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        var workspace = WorkspaceId.of(row[1]);
        var owner = users.members(workspace).getFirst().userId();
        return new SandboxWorkspace(
                workspace,
                ChannelId.of(row[0]),
                keys.create(workspace, "templates test", owner).secret());
    }

    /** A new admin of this workspace who signs in with {@code email} and {@code password}. */
    static void admin(UserManagement users, WorkspaceId workspace, String email, String password) {
        var owner = users.members(workspace).getFirst().userId();
        var by = io.switchboard.workspace.SwitchboardPrincipal.user(
                workspace, owner, io.switchboard.workspace.Role.OWNER, "Owner", false);
        var invitation = users.invite(workspace, email, io.switchboard.workspace.Role.ADMIN, by);
        users.accept(invitation.token(), "Template admin", password);
    }
}

package io.switchboard.testsupport;

import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import java.util.UUID;

/** Makes isolated tenants for tests through the real services: a workspace, its owner and an API key. */
public final class Tenants {
    /** A workspace with its owner's credentials and an admin API key. */
    public record Tenant(
            WorkspaceId workspaceId, UserId ownerId, String ownerEmail, String ownerPassword, String apiKey) {}

    private final WorkspaceManagement workspaces;
    private final UserManagement users;
    private final ApiKeyManagement keys;

    public Tenants(WorkspaceManagement workspaces, UserManagement users, ApiKeyManagement keys) {
        this.workspaces = workspaces;
        this.users = users;
        this.keys = keys;
    }

    public Tenant create(String name) {
        var email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        var password = "pw-" + UUID.randomUUID();
        var workspace = workspaces.create(name, email, "Owner of " + name, password, false);
        var owner = users.members(workspace.id()).getFirst().userId();
        var key = keys.create(workspace.id(), "test key", owner);
        return new Tenant(workspace.id(), owner, email, password, key.secret());
    }
}

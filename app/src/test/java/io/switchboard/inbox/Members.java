package io.switchboard.inbox;

import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
import java.util.UUID;

/** Adds members to a test tenant through the real invitation flow. */
public final class Members {
    /** A member with credentials for the login form. */
    public record Added(UserId id, String email, String password, String name) {}

    private Members() {}

    public static Added add(UserManagement users, Tenants.Tenant tenant, String name, Role role) {
        var email = name.toLowerCase().replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
        var password = "pw-" + UUID.randomUUID();
        var owner = SwitchboardPrincipal.user(tenant.workspaceId(), tenant.ownerId(), Role.OWNER, "Owner", false);
        var invitation = users.invite(tenant.workspaceId(), email, role, owner);
        var id = users.accept(invitation.token(), name, password);
        return new Added(id, email, password, name);
    }
}

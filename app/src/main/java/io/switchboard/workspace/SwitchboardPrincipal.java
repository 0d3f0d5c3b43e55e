package io.switchboard.workspace;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, in which workspace: a signed-in user (UI) or an API key (API). Controllers of every
 * module take it with {@code @AuthenticationPrincipal} and pass {@link #workspaceId()} down; nothing
 * else decides the tenant.
 *
 * @param userId the signed-in user, or {@code null} for an API key
 * @param apiKeyId the API key, or {@code null} for a user
 * @param instanceAdmin whether the user may create workspaces on this installation
 */
public record SwitchboardPrincipal(
        WorkspaceId workspaceId,
        @Nullable UserId userId,
        @Nullable ApiKeyId apiKeyId,
        Role role,
        String displayName,
        boolean instanceAdmin)
        implements Serializable {

    public static SwitchboardPrincipal user(
            WorkspaceId workspace, UserId user, Role role, String displayName, boolean instanceAdmin) {
        return new SwitchboardPrincipal(workspace, user, null, role, displayName, instanceAdmin);
    }

    public static SwitchboardPrincipal apiKey(WorkspaceId workspace, ApiKeyId key, String keyName) {
        // An API key acts for the workspace with admin rights; it can never create workspaces.
        return new SwitchboardPrincipal(workspace, null, key, Role.ADMIN, keyName, false);
    }

    public boolean canManage() {
        return role.canManage();
    }
}

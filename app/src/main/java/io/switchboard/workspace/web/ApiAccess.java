package io.switchboard.workspace.web;

import io.switchboard.workspace.SwitchboardPrincipal;
import org.springframework.security.access.AccessDeniedException;

/** Role checks shared by this module's controllers. */
final class ApiAccess {
    private ApiAccess() {}

    static void requireManager(SwitchboardPrincipal principal) {
        if (!principal.canManage()) {
            throw new AccessDeniedException("Only owners and admins may do this.");
        }
    }
}

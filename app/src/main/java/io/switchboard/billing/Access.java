package io.switchboard.billing;

import io.switchboard.workspace.SwitchboardPrincipal;
import java.util.Map;

/** Who may change billing: owners and admins their workspace's settings, instance admins the defaults. */
final class Access {
    private Access() {}

    static void manager(SwitchboardPrincipal by) {
        if (!by.canManage()) {
            throw new BillingException(
                    BillingException.Kind.FORBIDDEN,
                    "billing-forbidden",
                    "Only owners and admins can change this workspace's billing settings.",
                    Map.of());
        }
    }

    static void instanceAdmin(SwitchboardPrincipal by) {
        if (!by.instanceAdmin()) {
            throw new BillingException(
                    BillingException.Kind.FORBIDDEN,
                    "global-rates-forbidden",
                    "Only an administrator of this installation can change the default rate card.",
                    Map.of());
        }
    }
}

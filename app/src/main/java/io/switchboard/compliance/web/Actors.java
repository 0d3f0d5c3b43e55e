package io.switchboard.compliance.web;

import io.switchboard.workspace.SwitchboardPrincipal;

/** Who recorded a ledger row, as stored in it. */
final class Actors {
    private Actors() {}

    static String of(SwitchboardPrincipal principal) {
        if (principal.userId() != null) {
            return "user:" + principal.userId().value();
        }
        return "api-key:"
                + (principal.apiKeyId() == null
                        ? "unknown"
                        : principal.apiKeyId().value());
    }
}

package io.switchboard.workspace.internal;

import io.switchboard.workspace.CreatedInvitation;
import io.switchboard.workspace.Invitation;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Makes invitation links and finds the invitation behind one. The token itself is never stored. */
@Component
public class InvitationTokens {
    private final InvitationStore invitations;
    private final Clock clock;
    private final Duration validity;

    InvitationTokens(InvitationStore invitations, Clock clock, WorkspaceSettings settings) {
        this.invitations = invitations;
        this.clock = clock;
        this.validity = settings.invitationValidity();
    }

    public CreatedInvitation create(WorkspaceId workspace, String email, Role role, @Nullable UserId by) {
        var now = clock.instant();
        var token = Tokens.random(32);
        var invitation = new Invitation(UUID.randomUUID(), workspace, email, role, now.plus(validity));
        invitations.insert(invitation, Tokens.sha256(token), by, now);
        return new CreatedInvitation(invitation, token);
    }

    public Optional<Invitation> open(String token) {
        return invitations.openByHash(Tokens.sha256(token), clock.instant());
    }

    public Duration validity() {
        return validity;
    }
}

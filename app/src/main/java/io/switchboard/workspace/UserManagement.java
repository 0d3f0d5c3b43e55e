package io.switchboard.workspace;

import io.switchboard.workspace.WorkspaceException.Kind;
import io.switchboard.workspace.internal.Credentials;
import io.switchboard.workspace.internal.InvitationStore;
import io.switchboard.workspace.internal.InvitationTokens;
import io.switchboard.workspace.internal.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of a workspace: invitations, roles, deactivation, passwords. Every method but the
 * invitation-token ones is scoped to one workspace; a workspace always keeps one active owner.
 */
@Service
public class UserManagement {
    private final UserStore users;
    private final InvitationStore invitations;
    private final InvitationTokens tokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserManagement(
            UserStore users,
            InvitationStore invitations,
            InvitationTokens tokens,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.invitations = invitations;
        this.tokens = tokens;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Member> members(WorkspaceId workspace) {
        return users.members(workspace);
    }

    /** @throws WorkspaceException NOT_FOUND if the user is not a member of this workspace */
    @Transactional(readOnly = true)
    public Member member(WorkspaceId workspace, UserId user) {
        return users.member(workspace, user).orElseThrow(() -> WorkspaceException.notFound("user"));
    }

    /**
     * Invites {@code email} to join with {@code role}; only an owner may invite an owner.
     *
     * @throws WorkspaceException CONFLICT if that address is already a member, FORBIDDEN for an owner
     *     invitation by a non-owner
     */
    @Transactional
    public CreatedInvitation invite(WorkspaceId workspace, String email, Role role, SwitchboardPrincipal by) {
        var address = Credentials.email(email);
        if (role == Role.OWNER && by.role() != Role.OWNER) {
            throw new WorkspaceException(Kind.FORBIDDEN, "owner-only", "Only an owner can invite another owner.");
        }
        var existing = users.byEmail(address).flatMap(a -> users.member(workspace, a.id()));
        if (existing.isPresent()) {
            throw new WorkspaceException(
                    Kind.CONFLICT, "already-member", address + " is already a member of this workspace.");
        }
        return tokens.create(workspace, address, role, by.userId());
    }

    @Transactional(readOnly = true)
    public List<Invitation> pendingInvitations(WorkspaceId workspace) {
        return invitations.pending(workspace, clock.instant());
    }

    /** @throws WorkspaceException NOT_FOUND if no pending invitation has that id here */
    @Transactional
    public void revokeInvitation(WorkspaceId workspace, UUID invitation) {
        if (invitations.revoke(workspace, invitation, clock.instant()) == 0) {
            throw WorkspaceException.notFound("invitation");
        }
    }

    /** The open invitation behind a link token, if it exists, is unused and has not expired. */
    @Transactional(readOnly = true)
    public Optional<Invitation> invitation(String token) {
        return tokens.open(token);
    }

    /** Whether the invited address already has an account (then its password confirms the invitation). */
    @Transactional(readOnly = true)
    public boolean hasAccount(String email) {
        return users.byEmail(email).isPresent();
    }

    /**
     * Accepts an invitation: creates the user with {@code displayName} and {@code password}, or, if the
     * address already has an account, checks {@code password} against it and adds the membership.
     *
     * @throws WorkspaceException INVALID if the token is unknown, used or expired, or the password is wrong
     */
    @Transactional
    public UserId accept(String token, @Nullable String displayName, String password) {
        var invitation = tokens.open(token)
                .orElseThrow(() -> new WorkspaceException(
                        Kind.INVALID, "invitation-invalid", "This invitation link is invalid, used or expired."));
        var now = clock.instant();
        var account = users.byEmail(invitation.email());
        UserId user;
        if (account.isPresent()) {
            if (!passwords.matches(password, account.get().passwordHash())) {
                throw new WorkspaceException(
                        Kind.INVALID, "wrong-password", "That is not the password of " + invitation.email() + ".");
            }
            user = account.get().id();
        } else {
            user = UserId.random();
            var name = Credentials.name(displayName == null ? "" : displayName, "user", 200);
            users.insertUser(
                    user, invitation.email(), name, passwords.encode(Credentials.password(password)), false, now);
        }
        if (!invitations.accept(invitation.id(), now)) {
            throw new WorkspaceException(Kind.INVALID, "invitation-invalid", "This invitation was used already.");
        }
        if (users.member(invitation.workspaceId(), user).isPresent()) {
            users.setActive(invitation.workspaceId(), user, true);
            users.setRole(invitation.workspaceId(), user, invitation.role());
        } else {
            users.insertMember(invitation.workspaceId(), user, invitation.role(), now);
        }
        events.publishEvent(new MemberJoined(invitation.workspaceId(), user, invitation.role()));
        return user;
    }

    /** @throws WorkspaceException CONFLICT if this would leave the workspace without an active owner */
    @Transactional
    public Member changeRole(WorkspaceId workspace, UserId user, Role role, SwitchboardPrincipal by) {
        var member = member(workspace, user);
        if ((member.role() == Role.OWNER || role == Role.OWNER) && by.role() != Role.OWNER) {
            throw new WorkspaceException(
                    Kind.FORBIDDEN, "owner-only", "Only an owner can grant or remove the owner role.");
        }
        if (member.role() == Role.OWNER && role != Role.OWNER) {
            requireAnotherOwner(workspace);
        }
        users.setRole(workspace, user, role);
        return member(workspace, user);
    }

    /** Deactivated members cannot sign in to this workspace; their history stays. */
    @Transactional
    public Member deactivate(WorkspaceId workspace, UserId user, SwitchboardPrincipal by) {
        var member = member(workspace, user);
        if (member.role() == Role.OWNER && by.role() != Role.OWNER) {
            throw new WorkspaceException(Kind.FORBIDDEN, "owner-only", "Only an owner can deactivate an owner.");
        }
        if (member.role() == Role.OWNER && member.active()) {
            requireAnotherOwner(workspace);
        }
        if (member.active()) {
            users.setActive(workspace, user, false);
            events.publishEvent(new MemberDeactivated(workspace, user));
        }
        return member(workspace, user);
    }

    @Transactional
    public Member reactivate(WorkspaceId workspace, UserId user) {
        var member = member(workspace, user);
        if (!member.active()) {
            users.setActive(workspace, user, true);
            events.publishEvent(new MemberJoined(workspace, user, member.role()));
        }
        return member(workspace, user);
    }

    /** @throws WorkspaceException INVALID if {@code current} is wrong or {@code next} too weak */
    @Transactional
    public void changePassword(UserId user, String current, String next) {
        var account = users.byId(user).orElseThrow(() -> WorkspaceException.notFound("user"));
        if (!passwords.matches(current, account.passwordHash())) {
            throw new WorkspaceException(Kind.INVALID, "wrong-password", "The current password is not correct.");
        }
        users.setPassword(user, passwords.encode(Credentials.password(next)), clock.instant());
    }

    @Transactional
    public void rename(UserId user, String displayName) {
        users.setName(user, Credentials.name(displayName, "user", 200));
    }

    /** How long an invitation link stays valid. */
    public Duration invitationValidity() {
        return tokens.validity();
    }

    private void requireAnotherOwner(WorkspaceId workspace) {
        if (users.activeOwners(workspace) <= 1) {
            throw new WorkspaceException(
                    Kind.CONFLICT, "last-owner", "A workspace needs an active owner: make someone else owner first.");
        }
    }
}

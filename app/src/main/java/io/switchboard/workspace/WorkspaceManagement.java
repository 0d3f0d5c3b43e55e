package io.switchboard.workspace;

import io.switchboard.workspace.internal.Credentials;
import io.switchboard.workspace.internal.UserStore;
import io.switchboard.workspace.internal.WorkspaceStore;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and describes workspaces. Creation is for first start and the instance administrator. */
@Service
public class WorkspaceManagement {
    private final WorkspaceStore workspaces;
    private final UserStore users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkspaceManagement(
            WorkspaceStore workspaces,
            UserStore users,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.workspaces = workspaces;
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a workspace owned by the user with {@code ownerEmail}: an existing user becomes its owner;
     * otherwise a user is created with {@code ownerPassword} (required then).
     *
     * @param instanceAdmin whether a newly created owner may create further workspaces
     * @throws WorkspaceException if the name, e-mail or password is invalid
     */
    @Transactional
    public WorkspaceSummary create(
            String name, String ownerEmail, String ownerName, @Nullable String ownerPassword, boolean instanceAdmin) {
        var now = clock.instant();
        var workspace =
                new WorkspaceSummary(WorkspaceId.random(), Credentials.name(name, "workspace", 200), "UTC", now);
        var email = Credentials.email(ownerEmail);
        var owner = users.byEmail(email).map(UserStore.Account::id).orElse(null);
        if (owner == null) {
            if (ownerPassword == null) {
                throw new WorkspaceException(
                        WorkspaceException.Kind.INVALID, "password-required", "A new owner needs a password.");
            }
            owner = UserId.random();
            var hash = passwords.encode(Credentials.password(ownerPassword));
            users.insertUser(owner, email, Credentials.name(ownerName, "user", 200), hash, instanceAdmin, now);
        }
        workspaces.insert(workspace);
        users.insertMember(workspace.id(), owner, Role.OWNER, now);
        events.publishEvent(new WorkspaceCreated(workspace.id(), owner));
        events.publishEvent(new MemberJoined(workspace.id(), owner, Role.OWNER));
        return workspace;
    }

    /** @throws WorkspaceException NOT_FOUND if there is no such workspace */
    @Transactional(readOnly = true)
    public WorkspaceSummary get(WorkspaceId id) {
        return workspaces.find(id).orElseThrow(() -> WorkspaceException.notFound("workspace"));
    }

    /** The workspaces in which the user is an active member, oldest membership first. */
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> workspacesOf(UserId user) {
        return workspaces.ofUser(user);
    }

    /** Every workspace of this installation: for the instance administrator only. */
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> all() {
        return workspaces.all();
    }

    /** @throws WorkspaceException INVALID for an empty name or an unknown time zone */
    @Transactional
    public WorkspaceSummary update(WorkspaceId id, String name, String timeZone) {
        get(id);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new WorkspaceException(
                    WorkspaceException.Kind.INVALID, "invalid-time-zone", "'" + timeZone + "' is not a time zone.");
        }
        workspaces.update(id, Credentials.name(name, "workspace", 200), timeZone);
        return get(id);
    }

    /** Whether the installation has its first owner. */
    @Transactional(readOnly = true)
    public boolean isSetUp() {
        return users.countUsers() > 0;
    }
}

package io.switchboard.workspace.internal;

import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds a signed-in user's principal for a workspace from the database, as it is now. */
@Component
public class MembershipRefresh {
    private final UserStore users;

    MembershipRefresh(UserStore users) {
        this.users = users;
    }

    /** The user's principal in {@code workspace}, or empty if they are not an active member of it. */
    @Transactional(readOnly = true)
    public Optional<UsernamePasswordAuthenticationToken> authenticate(UserId user, WorkspaceId workspace) {
        var account = users.byId(user);
        var member = users.member(workspace, user).filter(m -> m.active());
        if (account.isEmpty() || member.isEmpty()) {
            return Optional.empty();
        }
        var principal = SwitchboardPrincipal.user(
                workspace,
                user,
                member.get().role(),
                account.get().displayName(),
                account.get().instanceAdmin());
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities(principal)));
    }

    static Collection<GrantedAuthority> authorities(SwitchboardPrincipal principal) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + principal.role().name()));
        if (principal.instanceAdmin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_INSTANCE_ADMIN"));
        }
        return authorities;
    }
}

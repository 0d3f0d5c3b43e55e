package io.switchboard.workspace.internal;

import io.switchboard.workspace.UserId;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Form sign-in: checks the throttle first, then the password, then picks the user's first active
 * workspace. The same work is done for unknown addresses, so timing does not reveal which exist.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {
    private final UserStore users;
    private final WorkspaceStore workspaces;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final MembershipRefresh memberships;
    private final String dummyHash;

    PasswordAuthenticationProvider(
            UserStore users,
            WorkspaceStore workspaces,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            MembershipRefresh memberships) {
        this.users = users;
        this.workspaces = workspaces;
        this.passwords = passwords;
        this.throttle = throttle;
        this.memberships = memberships;
        this.dummyHash = passwords.encode(Tokens.random(24));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var email = String.valueOf(authentication.getPrincipal()).trim();
        var password = String.valueOf(authentication.getCredentials());
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "unknown";
        var wait = throttle.blockedFor(email, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        var account = users.byEmail(email.toLowerCase(java.util.Locale.ROOT));
        var matches = passwords.matches(
                password, account.map(UserStore.Account::passwordHash).orElse(dummyHash));
        if (account.isEmpty() || !matches) {
            throw failed(email, address);
        }
        throttle.succeeded(email);
        UserId user = account.get().id();
        return workspaces.ofUser(user).stream()
                .findFirst()
                .flatMap(w -> memberships.authenticate(user, w.id()))
                .orElseThrow(() -> new DisabledException(
                        "Your account is not active in any workspace. Ask an owner to reactivate you."));
    }

    private BadCredentialsException failed(String email, String address) {
        throttle.failed(email, address);
        return new BadCredentialsException("Wrong e-mail or password.");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

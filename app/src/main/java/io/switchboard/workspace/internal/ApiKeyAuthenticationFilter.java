package io.switchboard.workspace.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <key>} into the key's workspace principal. An unknown key leaves
 * the request unauthenticated, so the entry point answers 401 problem+json.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    private final ApiKeySecrets secrets;

    ApiKeyAuthenticationFilter(ApiKeySecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var secret = header.substring(7).trim();
            if (!secret.isEmpty() && secret.length() <= 200) {
                secrets.authenticate(secret).ifPresent(principal -> {
                    var authorities = List.of(
                            new SimpleGrantedAuthority(
                                    "ROLE_" + principal.role().name()),
                            new SimpleGrantedAuthority("ROLE_API"));
                    var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
                    SecurityContextHolder.getContext().setAuthentication(auth);
                });
            }
        }
        chain.doFilter(request, response);
    }
}

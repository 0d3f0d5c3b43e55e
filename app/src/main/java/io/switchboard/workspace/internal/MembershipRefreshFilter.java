package io.switchboard.workspace.internal;

import io.switchboard.workspace.SwitchboardPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in user's membership on every UI request, so a deactivation or a role change
 * takes effect at once in every open session instead of when the session expires.
 */
class MembershipRefreshFilter extends OncePerRequestFilter {
    private final MembershipRefresh refresh;
    private final SecurityContextRepository contexts;

    MembershipRefreshFilter(MembershipRefresh refresh, SecurityContextRepository contexts) {
        this.refresh = refresh;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        var auth = context.getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof SwitchboardPrincipal principal
                && principal.userId() != null) {
            var current = refresh.authenticate(principal.userId(), principal.workspaceId());
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?deactivated");
                return;
            }
            if (!Objects.equals(current.get().getPrincipal(), principal)) {
                context.setAuthentication(current.get());
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}

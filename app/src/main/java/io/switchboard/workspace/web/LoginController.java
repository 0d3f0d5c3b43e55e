package io.switchboard.workspace.web;

import io.switchboard.workspace.WorkspaceManagement;
import io.switchboard.workspace.internal.LoginFailureHandler;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the form posts to Spring Security's /login. */
@Controller
class LoginController {
    private final WorkspaceManagement workspaces;

    LoginController(WorkspaceManagement workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/login")
    String login(@Nullable HttpSession session, Model model) {
        model.addAttribute("setUp", workspaces.isSetUp());
        var failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof AuthenticationException ex) {
            // Our providers word their messages for users; a wrong password stays deliberately vague.
            model.addAttribute(
                    "failure", ex instanceof BadCredentialsException ? "Wrong e-mail or password." : ex.getMessage());
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        // Keep what was typed: the address of the failed attempt goes back into the form.
        var email = session == null ? null : session.getAttribute(LoginFailureHandler.LAST_EMAIL);
        model.addAttribute("email", email instanceof String value ? value : "");
        return "workspace/login";
    }
}

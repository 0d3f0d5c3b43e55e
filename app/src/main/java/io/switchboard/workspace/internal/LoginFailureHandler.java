package io.switchboard.workspace.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Back to the sign-in page after a failure, remembering the e-mail typed (never the password). */
public class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {
    public static final String LAST_EMAIL = "switchboard.login.lastEmail";

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        var email = request.getParameter("username");
        if (email != null && email.length() <= 320) {
            request.getSession().setAttribute(LAST_EMAIL, email);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}

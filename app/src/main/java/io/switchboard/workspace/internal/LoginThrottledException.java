package io.switchboard.workspace.internal;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/** Sign-in refused because of too many recent wrong passwords; says how long to wait. */
class LoginThrottledException extends AccountStatusException {
    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins. Try again in " + minutes(wait) + ".");
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}

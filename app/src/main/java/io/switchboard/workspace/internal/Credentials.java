package io.switchboard.workspace.internal;

import io.switchboard.workspace.WorkspaceException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for e-mail addresses and passwords, in one place for the UI, the API and first start. */
public final class Credentials {
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Credentials() {}

    /** Lower-cased and trimmed, so one person cannot have two accounts by capitalisation. */
    public static String email(String raw) {
        var email = raw.trim().toLowerCase(Locale.ROOT);
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw new WorkspaceException(
                    WorkspaceException.Kind.INVALID, "invalid-email", "'" + raw.trim() + "' is not an e-mail address.");
        }
        return email;
    }

    public static String password(String raw) {
        if (raw.length() < MIN_PASSWORD || raw.length() > MAX_PASSWORD) {
            throw new WorkspaceException(
                    WorkspaceException.Kind.INVALID,
                    "weak-password",
                    "A password needs between " + MIN_PASSWORD + " and " + MAX_PASSWORD + " characters.");
        }
        return raw;
    }

    public static String name(String raw, String what, int max) {
        var name = raw.strip();
        if (name.isEmpty() || name.length() > max) {
            throw new WorkspaceException(
                    WorkspaceException.Kind.INVALID,
                    "invalid-name",
                    "A " + what + " needs a name of 1 to " + max + " characters.");
        }
        return name;
    }
}

package io.switchboard.workspace;

/**
 * A request about workspaces, users, teams or keys that cannot be done as asked. {@link #kind()} tells
 * the web layer how to answer; the message is a sentence the user can act on.
 */
public class WorkspaceException extends RuntimeException {
    /** Why the request failed. */
    public enum Kind {
        NOT_FOUND,
        CONFLICT,
        INVALID,
        FORBIDDEN
    }

    private final Kind kind;
    private final String slug;

    public WorkspaceException(Kind kind, String slug, String message) {
        super(message);
        this.kind = kind;
        this.slug = slug;
    }

    public Kind kind() {
        return kind;
    }

    /** A stable identifier of the problem, used as the problem type. */
    public String slug() {
        return slug;
    }

    public static WorkspaceException notFound(String what) {
        return new WorkspaceException(
                Kind.NOT_FOUND, what + "-not-found", "No such " + what.replace('-', ' ') + " in this workspace.");
    }
}

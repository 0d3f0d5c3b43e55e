package io.switchboard.inbox;

/** A request the inbox cannot carry out; {@code slug} is the problem type, the message a readable sentence. */
public class InboxException extends RuntimeException {
    /** The classes of refusal, mapped to HTTP statuses by the web layer. */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        FORBIDDEN,
        CONFLICT
    }

    private final Kind kind;
    private final String slug;

    public InboxException(Kind kind, String slug, String message) {
        super(message);
        this.kind = kind;
        this.slug = slug;
    }

    public static InboxException notFound(String what) {
        // "what" is a slug ("canned-reply"): it names the problem type and, spelled out, the message.
        return new InboxException(
                Kind.NOT_FOUND, what + "-not-found", "There is no such " + what.replace('-', ' ') + " here.");
    }

    public static InboxException invalid(String slug, String message) {
        return new InboxException(Kind.INVALID, slug, message);
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }
}

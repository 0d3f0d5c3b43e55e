package io.switchboard.contacts;

/** A contact request that cannot be carried out. */
public class ContactException extends RuntimeException {
    /** Why the request failed. */
    public enum Kind {
        NOT_FOUND,
        INVALID
    }

    private final Kind kind;
    private final String slug;

    public ContactException(Kind kind, String slug, String message) {
        super(message);
        this.kind = kind;
        this.slug = slug;
    }

    public static ContactException notFound() {
        return new ContactException(Kind.NOT_FOUND, "contact-not-found", "No such contact in this workspace.");
    }

    public Kind kind() {
        return kind;
    }

    /** A stable problem type slug. */
    public String slug() {
        return slug;
    }
}

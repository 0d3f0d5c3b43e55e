package io.switchboard.contacts;

import java.util.List;

/** A contacts request that cannot be carried out; {@link #kind()} tells the web layer which answer fits. */
public class ContactException extends RuntimeException {
    /** Why the request failed. */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        CONFLICT
    }

    private final Kind kind;
    private final String slug;
    private final List<ContactViolation> violations;

    public ContactException(Kind kind, String slug, String message) {
        this(kind, slug, message, List.of());
    }

    public ContactException(Kind kind, String slug, String message, List<ContactViolation> violations) {
        super(message);
        this.kind = kind;
        this.slug = slug;
        this.violations = List.copyOf(violations);
    }

    public static ContactException notFound() {
        return new ContactException(Kind.NOT_FOUND, "contact-not-found", "No such contact in this workspace.");
    }

    public static ContactException notFound(String what) {
        return new ContactException(Kind.NOT_FOUND, what + "-not-found", "No such " + what + " in this workspace.");
    }

    /** INVALID with the fields at fault; the message sums them up. */
    public static ContactException invalid(List<ContactViolation> violations) {
        var message = violations.size() == 1
                ? violations.getFirst().message()
                : "Some fields are not valid; each is named below.";
        return new ContactException(Kind.INVALID, "invalid-contact-data", message, violations);
    }

    public static ContactException invalid(String field, String message) {
        return invalid(List.of(new ContactViolation(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    /** A stable problem type slug. */
    public String slug() {
        return slug;
    }

    /** The fields at fault, for INVALID; may be empty. */
    public List<ContactViolation> violations() {
        return violations;
    }
}

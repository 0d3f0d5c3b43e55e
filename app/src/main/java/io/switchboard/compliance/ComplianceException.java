package io.switchboard.compliance;

import java.util.Map;

/** A compliance request that cannot be carried out. */
public class ComplianceException extends RuntimeException {
    /** Why the request failed. */
    public enum Kind {
        INVALID,
        FORBIDDEN
    }

    private final Kind kind;
    private final String slug;
    private final Map<String, String> fields;

    public ComplianceException(Kind kind, String slug, String message, Map<String, String> fields) {
        super(message);
        this.kind = kind;
        this.slug = slug;
        this.fields = Map.copyOf(fields);
    }

    public static ComplianceException invalid(String slug, String field, String message) {
        return new ComplianceException(Kind.INVALID, slug, message, Map.of(field, message));
    }

    public Kind kind() {
        return kind;
    }

    /** A stable problem type slug. */
    public String slug() {
        return slug;
    }

    /** The invalid fields with a sentence each; empty when the problem is not about one field. */
    public Map<String, String> fields() {
        return fields;
    }
}

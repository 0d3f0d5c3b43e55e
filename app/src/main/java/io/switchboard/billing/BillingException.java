package io.switchboard.billing;

import java.util.Map;

/** A billing request that cannot be carried out; {@code slug} is the problem type, the message a sentence. */
public class BillingException extends RuntimeException {
    /** The classes of refusal, mapped to HTTP statuses by the web layer. */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        FORBIDDEN
    }

    private final Kind kind;
    private final String slug;
    private final Map<String, String> fields;

    public BillingException(Kind kind, String slug, String message, Map<String, String> fields) {
        super(message);
        this.kind = kind;
        this.slug = slug;
        this.fields = Map.copyOf(fields);
    }

    public static BillingException invalid(String field, String message) {
        return new BillingException(Kind.INVALID, "invalid-" + field, message, Map.of(field, message));
    }

    public static BillingException rateNotFound() {
        return new BillingException(
                Kind.NOT_FOUND, "rate-not-found", "There is no such rate override in this workspace.", Map.of());
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    /** The invalid fields and why, for validation problems; empty otherwise. */
    public Map<String, String> fields() {
        return fields;
    }
}

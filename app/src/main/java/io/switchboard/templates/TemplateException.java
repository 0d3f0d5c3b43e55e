package io.switchboard.templates;

import java.util.List;

/** A template request that cannot be carried out; {@link #kind()} tells the web layer which answer fits. */
public class TemplateException extends RuntimeException {
    /** Why the request failed. */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        CONFLICT,
        /** The provider refused the call; its message says why. */
        PROVIDER,
        /** The provider could not be reached or failed on its side. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String slug;
    private final List<TemplateViolation> violations;

    public TemplateException(Kind kind, String slug, String message, List<TemplateViolation> violations) {
        super(message);
        this.kind = kind;
        this.slug = slug;
        this.violations = List.copyOf(violations);
    }

    public static TemplateException notFound() {
        return new TemplateException(
                Kind.NOT_FOUND, "template-not-found", "No such template in this workspace.", List.of());
    }

    public static TemplateException invalid(List<TemplateViolation> violations) {
        return new TemplateException(
                Kind.INVALID, "invalid-template", "The template breaks WhatsApp's rules; see the fields.", violations);
    }

    public static TemplateException conflict(String slug, String message) {
        return new TemplateException(Kind.CONFLICT, slug, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    /** A stable problem type slug, e.g. {@code template-not-found}. */
    public String slug() {
        return slug;
    }

    /** The broken rules, for INVALID; empty otherwise. */
    public List<TemplateViolation> violations() {
        return violations;
    }
}

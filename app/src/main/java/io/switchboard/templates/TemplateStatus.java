package io.switchboard.templates;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a template stands: DRAFT until submitted, then Meta's review status (reference §8). Only
 * APPROVED templates can be sent.
 */
public enum TemplateStatus {
    DRAFT,
    PENDING,
    APPROVED,
    REJECTED,
    PAUSED,
    DISABLED,
    FLAGGED,
    IN_APPEAL,
    LIMIT_EXCEEDED,
    LOCKED,
    ARCHIVED,
    PENDING_DELETION,
    DELETED;

    /**
     * The status a Meta status value or webhook event leaves: REINSTATED means approved again; empty
     * for a value this version does not know.
     */
    public static Optional<TemplateStatus> fromProvider(String text) {
        var value = text.strip().toUpperCase(Locale.ROOT);
        if (value.equals("REINSTATED")) {
            return Optional.of(APPROVED);
        }
        try {
            var status = valueOf(value);
            return status == DRAFT ? Optional.empty() : Optional.of(status);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether messages may use it now. */
    public boolean sendable() {
        return this == APPROVED;
    }
}

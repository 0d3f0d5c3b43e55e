package io.switchboard.channels;

import org.jspecify.annotations.Nullable;

/**
 * The provider's answer to a template creation.
 *
 * @param providerId Meta's template id (the {@code hsm_id})
 * @param status usually {@code PENDING}; Meta may answer APPROVED or REJECTED at once
 * @param category the category Meta applied, which may differ from the one asked for
 */
public record SubmittedTemplate(
        String providerId, String status, @Nullable String category) {}

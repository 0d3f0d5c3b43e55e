package io.switchboard.sandbox.messaging;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What validation learned about a send.
 *
 * @param category pricing category: {@code service} for free-form, else the template's category in lower case
 * @param rendered the template as the customer sees it, parameters filled; null for other types
 * @param reactionTarget the wamid a reaction points at
 */
record Validated(
        String category,
        boolean template,
        @Nullable JsonNode rendered,
        @Nullable String reactionTarget) {
    static Validated freeForm() {
        return new Validated("service", false, null, null);
    }
}

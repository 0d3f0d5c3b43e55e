package io.switchboard.channels;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One page of a WABA's templates as Meta shows them ({@code name, language, status, category,
 * components, id, …}).
 *
 * @param after the cursor of the next page, {@code null} on the last one
 */
public record TemplatePage(
        List<JsonNode> templates, @Nullable String after) {}

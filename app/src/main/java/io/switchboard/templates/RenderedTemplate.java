package io.switchboard.templates;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A template as a customer would see it, variables filled with sample values.
 *
 * @param headerFormat {@code TEXT}, {@code IMAGE}, … or {@code null} without a header
 * @param header the filled header text, {@code null} for media and location headers
 * @param buttons the button labels, in order
 */
public record RenderedTemplate(
        @Nullable String headerFormat,
        @Nullable String header,
        String body,
        @Nullable String footer,
        List<String> buttons) {}

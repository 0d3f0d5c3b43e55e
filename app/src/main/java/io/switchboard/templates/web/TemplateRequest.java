package io.switchboard.templates.web;

import io.switchboard.templates.TemplateDefinition;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A template as API clients send it; missing fields become empty values so that the rules, not the JSON
 * binding, report them beside their field.
 */
record TemplateRequest(
        @Nullable UUID channelId,
        @Nullable String name,
        @Nullable String language,
        @Nullable String category,
        @Nullable String parameterFormat,
        TemplateDefinition.@Nullable Header header,
        TemplateDefinition.@Nullable Body body,
        @Nullable String footer,
        @Nullable List<TemplateDefinition.Button> buttons,
        @Nullable Map<String, String> variableMapping,
        @Nullable Map<String, String> samples) {

    TemplateDefinition definition() {
        return new TemplateDefinition(
                orEmpty(name),
                orEmpty(language),
                orEmpty(category),
                parameterFormat == null || parameterFormat.isBlank() ? "POSITIONAL" : parameterFormat,
                header,
                body == null ? new TemplateDefinition.Body("", Map.of()) : body,
                footer,
                buttons == null ? List.of() : buttons,
                variableMapping == null ? Map.of() : variableMapping);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}

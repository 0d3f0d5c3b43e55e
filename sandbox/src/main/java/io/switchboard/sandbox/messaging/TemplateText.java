package io.switchboard.sandbox.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Template text helpers: finding {@code {{1}}} / {@code {{name}}} variables and filling them. */
final class TemplateText {
    static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private TemplateText() {}

    static List<String> variables(String text) {
        var names = new ArrayList<String>();
        var matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static String fill(String text, UnaryOperator<String> value) {
        return VARIABLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(value.apply(m.group(1))));
    }

    /** The created template's component of that type (upper case, as at creation). */
    static Optional<JsonNode> component(JsonNode components, String type) {
        for (var component : components) {
            if (type.equals(component.path("type").asString("").toUpperCase(Locale.ROOT))) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }
}

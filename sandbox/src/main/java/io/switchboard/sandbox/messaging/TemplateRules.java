package io.switchboard.sandbox.messaging;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Template creation checks (reference §8) with Meta's codes: 100 for malformed requests, 2388040 too
 * long, 2388047 header, 2388072 body variables, 2388073 footer, 2388293 too many variables, 2388299 a
 * variable at the start or end. Adjacent variables pass here and are rejected by review, as Meta does.
 */
final class TemplateRules {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    private static final Pattern NAMED_VARIABLE = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");
    private static final Set<String> HEADER_FORMATS = Set.of("TEXT", "IMAGE", "VIDEO", "GIF", "DOCUMENT", "LOCATION");

    /** A request that passed the checks. */
    record Accepted(String name, String language, String category, String parameterFormat, JsonNode components) {}

    private TemplateRules() {}

    static Accepted check(JsonNode request) {
        var name = required(request, "name");
        if (!NAME.matcher(name).matches()) {
            throw GraphErrors.invalid("Template names may only contain lowercase letters, numbers and underscores.");
        }
        var language = required(request, "language");
        if (!LANGUAGE.matcher(language).matches()) {
            throw GraphErrors.invalid("Param language must be a language code such as en or en_US.");
        }
        var category = required(request, "category").toUpperCase(Locale.ROOT);
        if (!CATEGORIES.contains(category)) {
            throw GraphErrors.invalid("Param category must be one of MARKETING, UTILITY, AUTHENTICATION.");
        }
        var format = request.path("parameter_format").asString("POSITIONAL").toUpperCase(Locale.ROOT);
        if (!format.equals("POSITIONAL") && !format.equals("NAMED")) {
            throw GraphErrors.invalid("Param parameter_format must be POSITIONAL or NAMED.");
        }
        var components = request.get("components");
        if (components == null || !components.isArray()) {
            throw GraphErrors.invalid("The parameter components is required.");
        }
        if (count(components, "BODY") != 1
                || count(components, "HEADER") > 1
                || count(components, "FOOTER") > 1
                || count(components, "BUTTONS") > 1) {
            throw GraphErrors.invalid("A template needs exactly one BODY and at most one HEADER, FOOTER, BUTTONS.");
        }
        for (var component : components) {
            switch (component.path("type").asString("").toUpperCase(Locale.ROOT)) {
                case "HEADER" -> header(component, format);
                case "BODY" -> body(component, format);
                case "FOOTER" -> footer(component);
                case "BUTTONS" -> TemplateButtonRules.check(component);
                default ->
                    throw GraphErrors.invalid(
                            "Unknown component type " + component.path("type").asString(""));
            }
        }
        return new Accepted(name, language, category, format, components);
    }

    private static void header(JsonNode header, String format) {
        var kind = header.path("format").asString("").toUpperCase(Locale.ROOT);
        if (!HEADER_FORMATS.contains(kind)) {
            throw GraphErrors.of(2388047, "Header format must be one of " + HEADER_FORMATS + ".");
        }
        if (!kind.equals("TEXT")) {
            return;
        }
        var text = length(header, 60, "header text");
        var variables = variables(text, format);
        if (variables.size() > 1) {
            throw GraphErrors.of(2388047, "A text header may have at most one variable.");
        }
        if (!variables.isEmpty()
                && !header.path("example").has("header_text")
                && !header.path("example").has("header_text_named_params")) {
            throw GraphErrors.invalid("The header variable needs an example (example.header_text).");
        }
    }

    private static void body(JsonNode body, String format) {
        var text = length(body, 1024, "body text");
        var variables = variables(text, format);
        if (variables.isEmpty()) {
            return;
        }
        var trimmed = text.strip();
        if (trimmed.startsWith("{{") || trimmed.endsWith("}}")) {
            throw GraphErrors.of(2388299, "Variables can't be at the start or end of the body.");
        }
        // Sandbox rule for Meta's unpublished ratio: at least two words of text per variable.
        var words = TemplateText.VARIABLE.matcher(text).replaceAll(" ").strip().split("\\s+").length;
        if (words < 2 * variables.size()) {
            throw GraphErrors.of(2388293, "This template has too many variables for its length.");
        }
        var example = body.path("example");
        if (!example.has("body_text") && !example.has("body_text_named_params")) {
            throw GraphErrors.invalid("Body variables need examples (example.body_text).");
        }
    }

    private static void footer(JsonNode footer) {
        var text = length(footer, 60, "footer text");
        if (!TemplateText.variables(text).isEmpty()) {
            throw GraphErrors.of(2388073, "The footer cannot contain variables.");
        }
    }

    /** Positional variables must run {{1}}, {{2}}, … ; named ones are lower-case identifiers. */
    private static List<String> variables(String text, String format) {
        var variables = TemplateText.variables(text);
        for (int i = 0; i < variables.size(); i++) {
            var variable = variables.get(i);
            var ok = format.equals("NAMED")
                    ? NAMED_VARIABLE.matcher(variable).matches()
                    : variable.equals(String.valueOf(i + 1));
            if (!ok) {
                throw GraphErrors.of(
                        2388072,
                        "Variable {{" + variable + "}} is not valid for " + format.toLowerCase(Locale.ROOT)
                                + " parameters.");
            }
        }
        return variables;
    }

    private static String length(JsonNode component, int max, String what) {
        var text = component.path("text").asString("");
        if (text.isBlank()) {
            throw GraphErrors.invalid("The " + what + " is required.");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw GraphErrors.of(2388040, "The " + what + " is longer than " + max + " characters.");
        }
        return text;
    }

    private static String required(JsonNode request, String field) {
        @Nullable
        String value = request.path(field).isString() ? request.path(field).asString() : null;
        if (value == null || value.isBlank()) {
            throw GraphErrors.invalid("The parameter " + field + " is required.");
        }
        return value;
    }

    private static long count(JsonNode components, String type) {
        return components
                .valueStream()
                .filter(c -> type.equals(c.path("type").asString("").toUpperCase(Locale.ROOT)))
                .count();
    }
}

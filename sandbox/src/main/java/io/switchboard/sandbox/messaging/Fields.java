package io.switchboard.sandbox.messaging;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Field checks with Meta's codes: missing → 131008, too long → 100, bad value → 131009. */
final class Fields {
    private Fields() {}

    static JsonNode object(JsonNode parent, String field, String path) {
        var value = parent.get(field);
        if (value == null || value.isNull()) {
            throw GraphErrors.missing("The parameter " + path + " is required.");
        }
        if (!value.isObject()) {
            throw GraphErrors.invalid("Param " + path + " must be a JSON object.");
        }
        return value;
    }

    static JsonNode array(JsonNode parent, String field, String path) {
        var value = parent.get(field);
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
            throw GraphErrors.missing("The parameter " + path + " is required.");
        }
        if (!value.isArray()) {
            throw GraphErrors.invalid("Param " + path + " must be an array.");
        }
        return value;
    }

    static String text(JsonNode parent, String field, String path, int max) {
        var value = optionalText(parent, field, path, max);
        if (value == null || value.isBlank()) {
            throw GraphErrors.missing("The parameter " + path + " is required.");
        }
        return value;
    }

    static @Nullable String optionalText(JsonNode parent, String field, String path, int max) {
        var value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            throw GraphErrors.invalid("Param " + path + " must be a string.");
        }
        var text = value.asString();
        if (text.codePointCount(0, text.length()) > max) {
            throw GraphErrors.invalid("Param " + path + " must be at most " + max + " characters long.");
        }
        return text;
    }

    static void url(String value, String path) {
        try {
            var uri = new URI(value);
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                throw GraphErrors.badValue("Param " + path + " must be a valid http(s) URL.");
            }
        } catch (URISyntaxException e) {
            throw GraphErrors.badValue("Param " + path + " must be a valid http(s) URL.");
        }
    }

    static void count(JsonNode array, int max, String path) {
        if (array.size() > max) {
            throw GraphErrors.badValue("Param " + path + " must have at most " + max + " elements.");
        }
    }
}

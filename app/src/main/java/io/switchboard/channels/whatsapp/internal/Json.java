package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.spi.ProviderError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant reads of Meta's JSON: fields may be missing, null, strings where numbers are documented or
 * the other way round (reference §15), and none of that may fail a batch.
 */
final class Json {
    private Json() {}

    static @Nullable String text(@Nullable JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        var value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    static String text(@Nullable JsonNode node, String field, String fallback) {
        var value = text(node, field);
        return value == null ? fallback : value;
    }

    /** Unix seconds as a string or a number; {@code fallback} when absent or not a number. */
    static Instant seconds(@Nullable JsonNode node, String field, Instant fallback) {
        var value = text(node, field);
        if (value == null) {
            return fallback;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static boolean flag(@Nullable JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        return value != null
                && (value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asString("")));
    }

    static @Nullable JsonNode object(@Nullable JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    static List<JsonNode> array(@Nullable JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        var out = new ArrayList<JsonNode>();
        if (value != null && value.isArray()) {
            value.forEach(out::add);
        }
        return out;
    }

    static List<ProviderError> errors(@Nullable JsonNode node) {
        var out = new ArrayList<ProviderError>();
        for (var error : array(node, "errors")) {
            int code;
            try {
                code = Integer.parseInt(text(error, "code", "0").trim());
            } catch (NumberFormatException e) {
                code = 0;
            }
            out.add(new ProviderError(
                    code, text(error, "title"), text(error, "message"), text(object(error, "error_data"), "details")));
        }
        return out;
    }
}

package io.switchboard.sandbox.state;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's own JSON mapper, independent of the host app's Jackson settings. Records map to
 * snake_case; non-ASCII characters are written as {@code \\uXXXX} escapes, as Meta does in webhook
 * bodies (clients that re-escape before checking the signature depend on it).
 */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static JsonNode parse(byte[] body) {
        return MAPPER.readTree(body);
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** A field's value as text if it is a string or a number; absent, null or other types give empty. */
    public static Optional<String> text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || !(value.isString() || value.isNumber() || value.isBoolean())) {
            return Optional.empty();
        }
        return Optional.of(value.asString());
    }

    public static @Nullable String textOrNull(JsonNode node, String field) {
        return text(node, field).orElse(null);
    }
}

package io.switchboard.channels.whatsapp.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Meta's published request and response bodies, copied from shared/fixtures/cloud-api-requests. */
final class Fixtures {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Fixtures() {}

    static String text(String name) {
        try (var in = Fixtures.class.getResourceAsStream("/fixtures/cloud-api-requests/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        return MAPPER.readTree(text(name));
    }

    /** What goes over the wire: the tree written as bytes and read back, so number types compare as Meta would read them. */
    static JsonNode wire(JsonNode produced) {
        return MAPPER.readTree(MAPPER.writeValueAsString(produced));
    }
}

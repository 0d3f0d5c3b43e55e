package io.switchboard.sandbox;

import io.switchboard.sandbox.state.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Meta's published bodies (copied under src/test/resources/fixtures) and shape comparison. */
final class Fixtures {
    private Fixtures() {}

    static ObjectNode read(String path) {
        try (var in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return (ObjectNode) Json.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A send request fixture addressed to {@code to}. */
    static String request(String name, String to) {
        var request = read("requests/" + name);
        request.put("to", "+" + to);
        return request.toString();
    }

    /** Every field path, arrays as {@code []}: {@code contacts[].wa_id}. */
    static Set<String> paths(JsonNode node) {
        var paths = new TreeSet<String>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                var path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
                paths.add(path);
                collect(entry.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            for (var item : node) {
                collect(item, prefix + "[]", paths);
            }
        }
    }
}

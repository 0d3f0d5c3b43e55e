package io.switchboard.templates.internal;

import io.switchboard.templates.TemplateDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A {@link TemplateDefinition} as Meta's creation request and list entries spell it (reference §8). */
public final class MetaJson {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private MetaJson() {}

    /** {@code POST /{waba}/message_templates} body. */
    public static ObjectNode toMeta(TemplateDefinition t) {
        var root = JSON.createObjectNode()
                .put("name", t.name())
                .put("language", t.language())
                .put("category", t.category().toUpperCase(Locale.ROOT));
        if (t.named()) {
            root.put("parameter_format", "named");
        }
        var components = root.putArray("components");
        var h = t.header();
        if (h != null) {
            var header = components
                    .addObject()
                    .put("type", "HEADER")
                    .put("format", h.format().toUpperCase(Locale.ROOT));
            if (h.format().equalsIgnoreCase("TEXT")) {
                var text = h.text() == null ? "" : h.text();
                header.put("text", text);
                var variables = Variables.in(text);
                if (!variables.isEmpty() && h.example() != null) {
                    if (t.named()) {
                        header.putObject("example")
                                .putArray("header_text_named_params")
                                .addObject()
                                .put("param_name", variables.getFirst())
                                .put("example", h.example());
                    } else {
                        header.putObject("example").putArray("header_text").add(h.example());
                    }
                }
            } else if (!h.format().equalsIgnoreCase("LOCATION") && h.example() != null) {
                header.putObject("example").putArray("header_handle").add(h.example());
            }
        }
        var body =
                components.addObject().put("type", "BODY").put("text", t.body().text());
        var variables = Variables.in(t.body().text()).stream().distinct().toList();
        if (!variables.isEmpty()) {
            if (t.named()) {
                var params = body.putObject("example").putArray("body_text_named_params");
                variables.forEach(v -> params.addObject()
                        .put("param_name", v)
                        .put("example", t.body().examples().getOrDefault(v, "")));
            } else {
                var row = body.putObject("example").putArray("body_text").addArray();
                variables.forEach(v -> row.add(t.body().examples().getOrDefault(v, "")));
            }
        }
        if (t.footer() != null && !t.footer().isBlank()) {
            components.addObject().put("type", "FOOTER").put("text", t.footer());
        }
        if (!t.buttons().isEmpty()) {
            var buttons = components.addObject().put("type", "BUTTONS").putArray("buttons");
            for (var b : t.buttons()) {
                var type = b.type().toUpperCase(Locale.ROOT);
                var button = buttons.addObject().put("type", type);
                if (!b.text().isBlank()) {
                    button.put("text", b.text());
                }
                switch (type) {
                    case "URL" -> {
                        button.put("url", b.url());
                        if (b.url() != null && b.url().contains("{{") && b.example() != null) {
                            button.putArray("example").add(b.example());
                        }
                    }
                    case "PHONE_NUMBER" -> button.put("phone_number", b.phoneNumber());
                    case "COPY_CODE" -> button.put("example", b.example());
                    case "OTP" ->
                        button.put(
                                "otp_type",
                                b.otpType() == null ? null : b.otpType().toUpperCase(Locale.ROOT));
                    default -> {}
                }
            }
        }
        return root;
    }

    /** A definition from Meta's JSON (a creation request, or a template as list/get answer it). */
    public static TemplateDefinition fromMeta(JsonNode json) {
        var format = text(json, "parameter_format");
        var named = format != null && format.equalsIgnoreCase("named");
        TemplateDefinition.Header header = null;
        TemplateDefinition.Body body = new TemplateDefinition.Body("", Map.of());
        String footer = null;
        var buttons = new ArrayList<TemplateDefinition.Button>();
        for (var c : json.path("components")) {
            switch (c.path("type").asString("").toUpperCase(Locale.ROOT)) {
                case "HEADER" -> header = header(c);
                case "BODY" -> body = body(c);
                case "FOOTER" -> footer = text(c, "text");
                case "BUTTONS" -> c.path("buttons").forEach(b -> buttons.add(button(b)));
                default -> {}
            }
        }
        return new TemplateDefinition(
                json.path("name").asString(""),
                json.path("language").asString(""),
                json.path("category").asString(""),
                named ? "NAMED" : "POSITIONAL",
                header,
                body,
                footer,
                buttons,
                Map.of());
    }

    private static TemplateDefinition.Header header(JsonNode c) {
        var example = c.path("example");
        String sample = first(example.path("header_text"));
        if (sample == null) {
            sample = example.path("header_text_named_params")
                    .path(0)
                    .path("example")
                    .asString(null);
        }
        if (sample == null) {
            sample = first(example.path("header_handle"));
        }
        return new TemplateDefinition.Header(c.path("format").asString("TEXT"), text(c, "text"), sample);
    }

    private static TemplateDefinition.Body body(JsonNode c) {
        var text = c.path("text").asString("");
        var examples = new LinkedHashMap<String, String>();
        var positional = c.path("example").path("body_text").path(0);
        var variables = Variables.in(text).stream().distinct().toList();
        for (int i = 0; i < positional.size() && i < variables.size(); i++) {
            examples.put(variables.get(i), positional.path(i).asString(""));
        }
        for (var p : c.path("example").path("body_text_named_params")) {
            examples.put(p.path("param_name").asString(""), p.path("example").asString(""));
        }
        return new TemplateDefinition.Body(text, examples);
    }

    private static TemplateDefinition.Button button(JsonNode b) {
        var example = b.path("example");
        var sample = example.isArray() ? first(example) : text(b, "example");
        return new TemplateDefinition.Button(
                b.path("type").asString(""),
                b.path("text").asString(""),
                text(b, "url"),
                text(b, "phone_number"),
                sample,
                text(b, "otp_type"));
    }

    private static @Nullable String first(JsonNode array) {
        return array.isArray() && !array.isEmpty() ? array.path(0).asString() : null;
    }

    static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }
}

package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.state.Template;
import io.switchboard.sandbox.state.TemplateStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Template sends (reference §2.3): the template must exist in that language and be APPROVED (132001,
 * paused 132015, disabled 132016), parameters must match its variables in number (132000) and kind
 * (132012). Returns the template rendered with the values, as the customer's phone shows it.
 */
final class TemplateSendRules {
    private final TemplateStore templates;

    TemplateSendRules(TemplateStore templates) {
        this.templates = templates;
    }

    Validated validate(BusinessNumber number, JsonNode request) {
        var name = Fields.text(request, "name", "template.name", 512);
        var code = Fields.text(
                Fields.object(request, "language", "template.language"), "code", "template.language.code", 16);
        var template = templates
                .find(number.wabaId(), name, code)
                .orElseThrow(() -> GraphErrors.of(132001, "template name (" + name + ") does not exist in " + code));
        switch (template.status()) {
            case "APPROVED" -> {}
            case "PAUSED" -> throw GraphErrors.of(132015, "Template " + name + " is paused.");
            case "DISABLED" -> throw GraphErrors.of(132016, "Template " + name + " is disabled.");
            default ->
                throw GraphErrors.of(
                        132001,
                        "template name (" + name + ") in " + code + " is not approved (" + template.status() + ")");
        }
        var sent = sentComponents(request);
        var rendered = Json.object().put("name", name).put("language", code);
        header(template, sent.getOrDefault("header", List.of()), rendered);
        var body = TemplateText.component(template.components(), "BODY").orElseThrow();
        rendered.put("body", fill(template, body.path("text").asString(""), sent.getOrDefault("body", List.of())));
        TemplateText.component(template.components(), "FOOTER")
                .ifPresent(footer -> rendered.put("footer", footer.path("text").asString("")));
        buttons(template, sent, rendered);
        return new Validated(template.category().toLowerCase(Locale.ROOT), true, rendered, null);
    }

    private static Map<String, List<JsonNode>> sentComponents(JsonNode request) {
        var byType = new HashMap<String, List<JsonNode>>();
        for (var component : request.path("components")) {
            var type = component.path("type").asString("").toLowerCase(Locale.ROOT);
            if (type.equals("button")) {
                byType.computeIfAbsent("button:" + component.path("index").asString("0"), k -> new ArrayList<>())
                        .add(component);
            } else {
                byType.computeIfAbsent(type, k -> new ArrayList<>())
                        .addAll(component.path("parameters").values());
            }
        }
        return byType;
    }

    private static void header(Template template, List<JsonNode> params, ObjectNode rendered) {
        var header = TemplateText.component(template.components(), "HEADER").orElse(null);
        if (header == null) {
            if (!params.isEmpty()) {
                throw GraphErrors.of(132000, "The template has no header but header parameters were sent.");
            }
            return;
        }
        var format = header.path("format").asString("TEXT").toUpperCase(Locale.ROOT);
        var out = rendered.putObject("header").put("format", format);
        if (format.equals("TEXT")) {
            out.put("text", fill(template, header.path("text").asString(""), params));
            return;
        }
        var kind = format.equals("GIF") ? "video" : format.toLowerCase(Locale.ROOT);
        if (params.size() != 1 || !kind.equals(params.getFirst().path("type").asString(""))) {
            throw GraphErrors.of(132012, "The header needs one " + kind + " parameter.");
        }
        var media = params.getFirst().path(kind);
        if (kind.equals("location") ? !media.has("latitude") : !media.has("id") && !media.has("link")) {
            throw GraphErrors.of(132012, "The " + kind + " header parameter is incomplete.");
        }
        out.set(kind, media);
    }

    private static String fill(Template template, String text, List<JsonNode> params) {
        var variables = TemplateText.variables(text);
        if (variables.size() != params.size()) {
            throw GraphErrors.of(
                    132000,
                    "Expected " + variables.size() + " parameters for " + template.name() + " but received "
                            + params.size() + ".");
        }
        var values = new HashMap<String, String>();
        var named = template.parameterFormat().equals("NAMED");
        for (int i = 0; i < params.size(); i++) {
            var param = params.get(i);
            var key = named ? param.path("parameter_name").asString("") : String.valueOf(i + 1);
            values.put(key, value(param));
        }
        for (var variable : variables) {
            if (!values.containsKey(variable)) {
                throw GraphErrors.of(132000, "No value for parameter " + variable + " of " + template.name() + ".");
            }
        }
        return TemplateText.fill(text, values::get);
    }

    private static String value(JsonNode param) {
        return switch (param.path("type").asString("")) {
            case "text" -> param.path("text").asString("");
            case "currency" -> param.path("currency").path("fallback_value").asString("");
            case "date_time" -> param.path("date_time").path("fallback_value").asString("");
            default ->
                throw GraphErrors.of(
                        132012, "Parameter type " + param.path("type").asString("") + " is not allowed in text.");
        };
    }

    private static void buttons(Template template, Map<String, List<JsonNode>> sent, ObjectNode rendered) {
        var out = rendered.putArray("buttons");
        var component = TemplateText.component(template.components(), "BUTTONS").orElse(null);
        var defined = component == null
                ? List.<JsonNode>of()
                : List.copyOf(component.path("buttons").values());
        for (int i = 0; i < defined.size(); i++) {
            var button = defined.get(i);
            var type = button.path("type").asString("").toLowerCase(Locale.ROOT);
            var sentParams = sent.getOrDefault("button:" + i, List.of()).stream()
                    .flatMap(c -> c.path("parameters").values().stream())
                    .toList();
            var item = out.addObject()
                    .put("type", type)
                    .put("text", button.path("text").asString(""));
            switch (type) {
                case "quick_reply" ->
                    item.put(
                            "payload",
                            sentParams.isEmpty()
                                    ? button.path("text").asString("")
                                    : sentParams.getFirst().path("payload").asString(""));
                case "url" -> item.put("url", url(template, button.path("url").asString(""), sentParams));
                case "phone_number" ->
                    item.put("phone_number", button.path("phone_number").asString(""));
                default -> {}
            }
        }
    }

    private static String url(Template template, String url, List<JsonNode> params) {
        if (TemplateText.variables(url).isEmpty()) {
            return url;
        }
        if (params.size() != 1) {
            throw GraphErrors.of(132000, "The URL button of " + template.name() + " needs one text parameter.");
        }
        var suffix = params.getFirst().path("text").asString("");
        return TemplateText.fill(url, v -> suffix);
    }
}

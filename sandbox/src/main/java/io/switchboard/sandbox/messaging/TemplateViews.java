package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.state.Template;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** Templates as the Graph API shows them: one object, or a page with {@code paging.cursors}. */
public final class TemplateViews {
    private TemplateViews() {}

    /** With {@code fields} (comma-separated) only those fields and {@code id}, as Graph does. */
    public static ObjectNode view(Template t, @Nullable String fields) {
        var all = Json.object()
                .put("name", t.name())
                .put("parameter_format", t.parameterFormat())
                .set("components", t.components())
                .put("language", t.language())
                .put("status", t.status())
                .put("category", t.category())
                .put("rejected_reason", t.rejectedReason() == null ? "NONE" : t.rejectedReason());
        all.putObject("quality_score").put("score", t.qualityScore());
        all.put("id", t.id());
        if (fields == null || fields.isBlank()) {
            return all;
        }
        Set<String> wanted = Arrays.stream(fields.split(",")).map(String::strip).collect(Collectors.toSet());
        var picked = Json.object();
        all.properties().stream()
                .filter(e -> wanted.contains(e.getKey()) || e.getKey().equals("id"))
                .forEach(e -> picked.set(e.getKey(), e.getValue()));
        return picked;
    }

    /** {@code GET /{waba}/message_templates}: filters {@code name} (contains) and {@code status}; cursor paging. */
    public static ObjectNode page(List<Template> templates, Map<String, String> query) {
        var name = query.get("name");
        var status = query.get("status");
        var filtered = templates.stream()
                .filter(t -> name == null || t.name().contains(name))
                .filter(t -> status == null || t.status().equalsIgnoreCase(status))
                .toList();
        var limit = Math.max(1, Math.min(parse(query.get("limit"), 25), 1000));
        var start = query.containsKey("after") ? decode(query.get("after")) + 1 : 0;
        if (query.containsKey("before")) {
            start = Math.max(0, decode(query.get("before")) - limit);
        }
        start = Math.min(start, filtered.size());
        var end = Math.min(filtered.size(), start + limit);
        var page = Json.object();
        var data = page.putArray("data");
        filtered.subList(start, end).forEach(t -> data.add(view(t, query.get("fields"))));
        var paging = page.putObject("paging");
        if (end > start) {
            paging.putObject("cursors").put("before", encode(start)).put("after", encode(end - 1));
        } else {
            paging.putObject("cursors");
        }
        return page;
    }

    private static String encode(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("i:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(@Nullable String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor == null ? "" : cursor), StandardCharsets.UTF_8);
            return Integer.parseInt(text.toLowerCase(Locale.ROOT).replace("i:", ""));
        } catch (IllegalArgumentException e) {
            throw GraphErrors.invalid("Invalid paging cursor.");
        }
    }

    private static int parse(@Nullable String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

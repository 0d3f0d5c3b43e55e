package io.switchboard.templates.web;

import io.switchboard.templates.Template;
import io.switchboard.templates.TemplateDefinition;
import io.switchboard.templates.TemplateViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The template form, flat so a browser posts it as typed: examples and mappings as {@code key=value}
 * lines, buttons as {@code TYPE | label | url or number | example} lines. Kept verbatim on errors.
 */
record TemplateForm(
        @Nullable String channelId,
        @Nullable String name,
        @Nullable String language,
        @Nullable String category,
        @Nullable String parameterFormat,
        @Nullable String headerFormat,
        @Nullable String headerText,
        @Nullable String headerExample,
        @Nullable String bodyText,
        @Nullable String bodyExamples,
        @Nullable String footer,
        @Nullable String buttons,
        @Nullable String variableMapping) {

    static TemplateForm empty(@Nullable String channelId) {
        return new TemplateForm(channelId, "", "en_US", "UTILITY", "POSITIONAL", "", "", "", "", "", "", "", "");
    }

    static TemplateForm of(Template t) {
        var d = t.definition();
        var h = d.header();
        return new TemplateForm(
                t.channelId().toString(),
                d.name(),
                d.language(),
                d.category(),
                d.parameterFormat(),
                h == null ? "" : h.format(),
                h == null ? "" : h.text(),
                h == null ? "" : h.example(),
                d.body().text(),
                lines(d.body().examples()),
                d.footer(),
                d.buttons().stream()
                        .map(b -> String.join(
                                " | ",
                                b.type(),
                                b.text(),
                                orEmpty(
                                        b.url() != null
                                                ? b.url()
                                                : b.phoneNumber() != null ? b.phoneNumber() : b.otpType()),
                                orEmpty(b.example())))
                        .collect(Collectors.joining("\n")),
                lines(d.variableMapping()));
    }

    TemplateDefinition definition() {
        var format = orEmpty(headerFormat).strip();
        var header = format.isEmpty()
                ? null
                : new TemplateDefinition.Header(format, blankToNull(headerText), blankToNull(headerExample));
        return new TemplateDefinition(
                orEmpty(name).strip(),
                orEmpty(language).strip(),
                orEmpty(category),
                orEmpty(parameterFormat).isBlank() ? "POSITIONAL" : orEmpty(parameterFormat),
                header,
                new TemplateDefinition.Body(orEmpty(bodyText), pairs(bodyExamples)),
                blankToNull(footer),
                buttonList(),
                pairs(variableMapping));
    }

    /** Violations by the form field they belong beside. */
    static Map<String, List<String>> errors(List<TemplateViolation> violations) {
        var out = new LinkedHashMap<String, List<String>>();
        for (var v : violations) {
            out.computeIfAbsent(slot(v.field()), k -> new ArrayList<>()).add(v.message());
        }
        return out;
    }

    static String slot(String field) {
        if (field.startsWith("body.examples")) {
            return "bodyExamples";
        }
        if (field.startsWith("buttons")) {
            return "buttons";
        }
        if (field.startsWith("variableMapping")) {
            return "variableMapping";
        }
        return switch (field) {
            case "header.format" -> "headerFormat";
            case "header.text" -> "headerText";
            case "header.example" -> "headerExample";
            case "body.text" -> "bodyText";
            default -> field;
        };
    }

    private List<TemplateDefinition.Button> buttonList() {
        var list = new ArrayList<TemplateDefinition.Button>();
        for (var line : orEmpty(buttons).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            var parts = line.split("\\|", -1);
            var type = part(parts, 0).toUpperCase(Locale.ROOT);
            var value = blankToNull(part(parts, 2));
            list.add(new TemplateDefinition.Button(
                    type,
                    part(parts, 1),
                    type.equals("URL") ? value : null,
                    type.equals("PHONE_NUMBER") ? value : null,
                    blankToNull(part(parts, 3)),
                    type.equals("OTP") ? value : null));
        }
        return list;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i].strip() : "";
    }

    static Map<String, String> pairs(@Nullable String text) {
        var map = new LinkedHashMap<String, String>();
        for (var line : orEmpty(text).split("\\R")) {
            var eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return map;
    }

    private static String lines(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package io.switchboard.templates.internal;

import io.switchboard.templates.RenderedTemplate;
import io.switchboard.templates.TemplateDefinition;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

/** Fills a definition's variables with sample values; a variable without one stays visible as {@code {{x}}}. */
public final class Preview {
    private Preview() {}

    /** {@code samples} win over the definition's own examples (a contact's values, say). */
    public static RenderedTemplate render(TemplateDefinition t, Map<String, String> samples) {
        var h = t.header();
        String header = null;
        if (h != null && h.format().equalsIgnoreCase("TEXT") && h.text() != null) {
            var headerExample = h.example();
            header = fill(h.text(), v -> samples.getOrDefault(v, headerExample));
        }
        var body = fill(
                t.body().text(),
                v -> samples.getOrDefault(v, t.body().examples().get(v)));
        var buttons = t.buttons().stream()
                .map(b -> b.text().isBlank() ? b.type().toLowerCase(Locale.ROOT) : b.text())
                .toList();
        var footer = t.footer() == null || t.footer().isBlank() ? null : t.footer();
        return new RenderedTemplate(
                h == null ? null : h.format().toUpperCase(Locale.ROOT), header, body, footer, buttons);
    }

    private static String fill(String text, Function<String, String> value) {
        var matcher = Variables.VARIABLE.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            var sample = value.apply(matcher.group(1));
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(sample == null || sample.isBlank() ? matcher.group() : sample));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

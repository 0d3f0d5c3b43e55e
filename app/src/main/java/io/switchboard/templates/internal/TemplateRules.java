package io.switchboard.templates.internal;

import io.switchboard.templates.TemplateCategory;
import io.switchboard.templates.TemplateDefinition;
import io.switchboard.templates.TemplateViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Meta's creation rules (reference §8; the sandbox's checks in {@code sandbox/README.md}), checked before
 * anything goes to the provider so a user sees every broken rule at once, beside its field.
 */
public final class TemplateRules {
    static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    static final Pattern CONTACT_FIELD = Pattern.compile("name|phone|wa_id|email|custom\\.[a-z0-9_]{1,64}");
    static final Set<String> HEADER_FORMATS = Set.of("TEXT", "IMAGE", "VIDEO", "GIF", "DOCUMENT", "LOCATION");
    static final int BODY_MAX = 1024;
    static final int HEADER_MAX = 60;
    static final int FOOTER_MAX = 60;

    private TemplateRules() {}

    /** Every broken rule; empty when Meta should accept the request. */
    public static List<TemplateViolation> check(TemplateDefinition t) {
        var out = new ArrayList<TemplateViolation>();
        if (!NAME.matcher(t.name()).matches()) {
            out.add(new TemplateViolation(
                    "name", "Use 1 to 512 lowercase letters, digits and underscores (e.g. order_update)."));
        }
        if (!LANGUAGE.matcher(t.language()).matches()) {
            out.add(new TemplateViolation("language", "Use a language code such as en or en_US."));
        }
        if (TemplateCategory.parse(t.category()).isEmpty()) {
            out.add(new TemplateViolation("category", "Choose MARKETING, UTILITY or AUTHENTICATION."));
        }
        var format = t.parameterFormat().toUpperCase(Locale.ROOT);
        if (!format.equals("POSITIONAL") && !format.equals("NAMED")) {
            out.add(new TemplateViolation("parameterFormat", "Choose POSITIONAL or NAMED variables."));
        }
        var used = new HashSet<String>();
        if (t.header() != null) {
            header(t.header(), t.named(), out, used);
        }
        body(t.body(), t.named(), out, used);
        var footer = t.footer() == null ? "" : t.footer();
        if (length(footer) > FOOTER_MAX) {
            out.add(new TemplateViolation("footer", "The footer may have at most " + FOOTER_MAX + " characters."));
        }
        if (!Variables.in(footer).isEmpty()) {
            out.add(new TemplateViolation("footer", "The footer cannot contain variables."));
        }
        ButtonRules.check(t.buttons(), TemplateCategory.parse(t.category()).orElse(null), out);
        t.variableMapping().forEach((variable, field) -> {
            if (!used.contains(variable)) {
                out.add(new TemplateViolation(
                        "variableMapping." + variable, "{{" + variable + "}} is not a variable of this template."));
            } else if (!CONTACT_FIELD.matcher(field).matches()) {
                out.add(new TemplateViolation(
                        "variableMapping." + variable, "Map to name, phone, wa_id, email or custom.<key>."));
            }
        });
        return out;
    }

    private static void header(
            TemplateDefinition.Header h, boolean named, List<TemplateViolation> out, Set<String> used) {
        var format = h.format().toUpperCase(Locale.ROOT);
        if (!HEADER_FORMATS.contains(format)) {
            out.add(new TemplateViolation("header.format", "Choose TEXT, IMAGE, VIDEO, GIF, DOCUMENT or LOCATION."));
            return;
        }
        var example = h.example() == null ? "" : h.example();
        if (format.equals("LOCATION")) {
            return;
        }
        if (!format.equals("TEXT")) {
            // Meta reviews media headers against a sample uploaded with the Resumable Upload API.
            if (example.isBlank()) {
                out.add(new TemplateViolation("header.example", "A media header needs a sample (its upload handle)."));
            }
            return;
        }
        var text = h.text() == null ? "" : h.text();
        if (text.isBlank()) {
            out.add(new TemplateViolation("header.text", "A text header needs its text."));
        } else if (length(text) > HEADER_MAX) {
            out.add(new TemplateViolation("header.text", "The header may have at most " + HEADER_MAX + " characters."));
        }
        var variables = Variables.in(text);
        if (variables.size() > 1) {
            out.add(new TemplateViolation("header.text", "A text header may have at most one variable."));
        } else if (variables.size() == 1) {
            var name = variables.getFirst();
            if (named ? !Variables.NAMED.matcher(name).matches() : !name.equals("1")) {
                out.add(new TemplateViolation(
                        "header.text",
                        named
                                ? "Name the variable in lowercase letters and underscores."
                                : "The header variable must be {{1}}."));
            }
            if (example.isBlank()) {
                out.add(new TemplateViolation("header.example", "Give a sample value for the header variable."));
            }
            used.add(name);
        }
    }

    private static void body(TemplateDefinition.Body b, boolean named, List<TemplateViolation> out, Set<String> used) {
        var text = b.text();
        if (text.isBlank()) {
            out.add(new TemplateViolation("body.text", "The body is required."));
            return;
        }
        if (length(text) > BODY_MAX) {
            out.add(new TemplateViolation("body.text", "The body may have at most " + BODY_MAX + " characters."));
        }
        var variables = Variables.in(text);
        if (variables.isEmpty()) {
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < variables.size(); i++) {
            var v = variables.get(i);
            if (named) {
                if (!Variables.NAMED.matcher(v).matches()) {
                    out.add(new TemplateViolation(
                            "body.text",
                            "{{" + v + "}}: name variables in lowercase letters, digits and underscores."));
                } else if (!seen.add(v)) {
                    out.add(new TemplateViolation(
                            "body.text", "{{" + v + "}} is used twice; named variables must be unique."));
                }
            } else if (!v.equals(String.valueOf(i + 1))) {
                out.add(new TemplateViolation(
                        "body.text", "Number the variables {{1}}, {{2}}, … in order, each once; found {{" + v + "}}."));
                break;
            }
        }
        var trimmed = text.strip();
        if (trimmed.startsWith("{{") || trimmed.endsWith("}}")) {
            out.add(new TemplateViolation("body.text", "The body cannot start or end with a variable."));
        }
        if (Variables.ADJACENT.matcher(text).find()) {
            out.add(new TemplateViolation("body.text", "Put some text between two variables."));
        }
        // Meta refuses bodies with too many variables for their length (2388293); the sandbox's ratio.
        if (Variables.words(text) < 2 * variables.size()) {
            out.add(new TemplateViolation(
                    "body.text", "Too many variables for this length: write at least two words per variable."));
        }
        for (var v : new LinkedHashSet<>(variables)) {
            used.add(v);
            var sample = b.examples().get(v);
            if (sample == null || sample.isBlank()) {
                out.add(new TemplateViolation("body.examples." + v, "Give a sample value for {{" + v + "}}."));
            }
        }
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}

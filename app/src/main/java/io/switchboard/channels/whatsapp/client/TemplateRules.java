package io.switchboard.channels.whatsapp.client;

import io.switchboard.channels.whatsapp.client.TemplateComponent.Body;
import io.switchboard.channels.whatsapp.client.TemplateComponent.CopyCode;
import io.switchboard.channels.whatsapp.client.TemplateComponent.FlowButton;
import io.switchboard.channels.whatsapp.client.TemplateComponent.Header;
import io.switchboard.channels.whatsapp.client.TemplateComponent.QuickReply;
import io.switchboard.channels.whatsapp.client.TemplateComponent.UrlSuffix;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;

/**
 * Shape checks for template sends. Whether the parameters fit the approved template (count, kinds,
 * names) is Meta's 132000/132012 and the {@code templates} module's business, not checked here.
 */
final class TemplateRules {
    private TemplateRules() {}

    static void check(Checks checks, Template template) {
        checks.required("template.name", template.name(), 512);
        checks.required("template.language.code", template.languageCode(), 16);
        int headers = 0;
        var buttonIndexes = new HashSet<Integer>();
        for (int i = 0; i < template.components().size(); i++) {
            var field = "template.components[" + i + "]";
            switch (template.components().get(i)) {
                case Header h -> {
                    headers++;
                    parameter(checks, field + ".parameters[0]", h.parameter());
                }
                case Body b -> {
                    long named =
                            b.parameters().stream().filter(p -> name(p) != null).count();
                    checks.that(
                            named == 0 || named == b.parameters().size(),
                            field + ".parameters",
                            "mixes named and positional parameters");
                    for (int p = 0; p < b.parameters().size(); p++) {
                        parameter(
                                checks,
                                field + ".parameters[" + p + "]",
                                b.parameters().get(p));
                    }
                }
                case TemplateComponent.Button b -> {
                    checks.that(
                            b.index() >= 0 && b.index() < MessageRules.TEMPLATE_BUTTONS,
                            field + ".index",
                            "must be 0 to 9");
                    checks.that(buttonIndexes.add(b.index()), field + ".index", "is used by two buttons");
                    switch (b) {
                        case QuickReply q -> checks.required(field + ".parameters[0].payload", q.payload(), 1000);
                        case UrlSuffix u -> checks.required(field + ".parameters[0].text", u.suffix(), 2000);
                        case CopyCode c -> checks.required(field + ".parameters[0].coupon_code", c.code(), 15);
                        case FlowButton f -> {}
                    }
                }
            }
        }
        checks.that(headers <= 1, "template.components", "has more than one header");
    }

    private static void parameter(Checks checks, String field, TemplateParameter parameter) {
        switch (parameter) {
            case TemplateParameter.Text t -> checks.required(field + ".text", t.text(), 32768);
            case TemplateParameter.Currency c -> {
                checks.required(field + ".currency.fallback_value", c.fallbackValue(), 1024);
                checks.that(c.code().matches("[A-Z]{3}"), field + ".currency.code", "must be an ISO 4217 code");
            }
            case TemplateParameter.DateTime d ->
                checks.required(field + ".date_time.fallback_value", d.fallbackValue(), 1024);
            case TemplateParameter.Media m ->
                MessageRules.media(checks, field + "." + m.type().wireName(), m.media(), null);
            case TemplateParameter.Location l ->
                MessageRules.coordinates(checks, field + ".location", l.latitude(), l.longitude());
        }
    }

    private static @Nullable String name(TemplateParameter parameter) {
        return switch (parameter) {
            case TemplateParameter.Text t -> t.name();
            case TemplateParameter.Currency c -> c.name();
            case TemplateParameter.DateTime d -> d.name();
            case TemplateParameter.Media m -> null;
            case TemplateParameter.Location l -> null;
        };
    }
}

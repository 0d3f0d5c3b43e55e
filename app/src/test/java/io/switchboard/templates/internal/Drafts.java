package io.switchboard.templates.internal;

import io.switchboard.templates.TemplateDefinition;
import io.switchboard.templates.TemplateDefinition.Body;
import io.switchboard.templates.TemplateDefinition.Button;
import io.switchboard.templates.TemplateDefinition.Header;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Valid definitions to break one rule at a time. */
final class Drafts {
    private Drafts() {}

    static TemplateDefinition valid() {
        return new TemplateDefinition(
                "order_update",
                "en_US",
                "UTILITY",
                "POSITIONAL",
                null,
                new Body("Hello {{1}}, your order {{2}} has shipped today.", Map.of("1", "Ana", "2", "A-17")),
                "Thanks for shopping with us",
                List.of(),
                Map.of());
    }

    static TemplateDefinition named(String text, Map<String, String> examples) {
        var v = valid();
        return new TemplateDefinition(
                v.name(),
                v.language(),
                v.category(),
                "NAMED",
                null,
                new Body(text, examples),
                v.footer(),
                List.of(),
                Map.of());
    }

    static TemplateDefinition withName(String name) {
        var v = valid();
        return new TemplateDefinition(
                name, v.language(), v.category(), v.parameterFormat(), null, v.body(), v.footer(), List.of(), Map.of());
    }

    static TemplateDefinition withLanguage(String language) {
        var v = valid();
        return new TemplateDefinition(
                v.name(), language, v.category(), v.parameterFormat(), null, v.body(), v.footer(), List.of(), Map.of());
    }

    static TemplateDefinition withCategory(String category, List<Button> buttons) {
        var v = valid();
        return new TemplateDefinition(
                v.name(), v.language(), category, v.parameterFormat(), null, v.body(), v.footer(), buttons, Map.of());
    }

    static TemplateDefinition withHeader(@Nullable Header header) {
        var v = valid();
        return new TemplateDefinition(
                v.name(),
                v.language(),
                v.category(),
                v.parameterFormat(),
                header,
                v.body(),
                v.footer(),
                List.of(),
                Map.of());
    }

    static TemplateDefinition withBody(String text, Map<String, String> examples) {
        var v = valid();
        return new TemplateDefinition(
                v.name(),
                v.language(),
                v.category(),
                v.parameterFormat(),
                null,
                new Body(text, examples),
                v.footer(),
                List.of(),
                Map.of());
    }

    static TemplateDefinition withFooter(String footer) {
        var v = valid();
        return new TemplateDefinition(
                v.name(), v.language(), v.category(), v.parameterFormat(), null, v.body(), footer, List.of(), Map.of());
    }

    static TemplateDefinition withButtons(List<Button> buttons) {
        return withCategory("MARKETING", buttons);
    }

    static TemplateDefinition withMapping(Map<String, String> mapping) {
        var v = valid();
        return new TemplateDefinition(
                v.name(),
                v.language(),
                v.category(),
                v.parameterFormat(),
                null,
                v.body(),
                v.footer(),
                List.of(),
                mapping);
    }

    static Button quickReply(String text) {
        return new Button("QUICK_REPLY", text, null, null, null, null);
    }

    static Button url(String text, String url, @Nullable String example) {
        return new Button("URL", text, url, null, example, null);
    }

    static Button phone(String text, String number) {
        return new Button("PHONE_NUMBER", text, null, number, null, null);
    }

    static Button copyCode(String example) {
        return new Button("COPY_CODE", "Copy offer code", null, null, example, null);
    }

    static Button otp(String otpType) {
        return new Button("OTP", "", null, null, null, otpType);
    }
}

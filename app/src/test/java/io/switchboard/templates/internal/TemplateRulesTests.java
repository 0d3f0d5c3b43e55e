package io.switchboard.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.templates.TemplateDefinition;
import io.switchboard.templates.TemplateDefinition.Header;
import io.switchboard.templates.TemplateViolation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Meta's creation rules for name, language, category, header, body, footer, variables and mapping (no Spring). */
class TemplateRulesTests {

    static List<String> fields(TemplateDefinition definition) {
        return TemplateRules.check(definition).stream()
                .map(TemplateViolation::field)
                .toList();
    }

    @Test
    void acceptsAValidDraft() {
        assertThat(TemplateRules.check(Drafts.valid())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Order_Update", "order-update", "order update", "bestellung_ü"})
    void refusesNamesOutsideLowercaseDigitsAndUnderscore(String name) {
        assertThat(fields(Drafts.withName(name))).containsExactly("name");
    }

    @Test
    void acceptsNamesOfUpTo512Characters() {
        assertThat(fields(Drafts.withName("a".repeat(512)))).isEmpty();
        assertThat(fields(Drafts.withName("a".repeat(513)))).containsExactly("name");
        assertThat(fields(Drafts.withName("promo_2026"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "english", "en-US", "EN_us", "en_us", "e"})
    void refusesLanguagesThatAreNotCodes(String language) {
        assertThat(fields(Drafts.withLanguage(language))).containsExactly("language");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en_US", "pt_BR", "fil"})
    void acceptsLanguageCodes(String language) {
        assertThat(fields(Drafts.withLanguage(language))).isEmpty();
    }

    @Test
    void acceptsOnlyMetasThreeCategories() {
        assertThat(fields(Drafts.withCategory("MARKETING", List.of()))).isEmpty();
        assertThat(fields(Drafts.withCategory("utility", List.of()))).isEmpty();
        assertThat(fields(Drafts.withCategory("SERVICE", List.of()))).containsExactly("category");
        assertThat(fields(Drafts.withCategory("", List.of()))).containsExactly("category");
    }

    @Test
    void authenticationNeedsAOneTimePasswordButton() {
        assertThat(fields(Drafts.withCategory("AUTHENTICATION", List.of()))).containsExactly("buttons");
        assertThat(fields(Drafts.withCategory("AUTHENTICATION", List.of(Drafts.otp("COPY_CODE")))))
                .isEmpty();
    }

    @Test
    void textHeaderAtMost60CharactersAndOneVariableWithExample() {
        assertThat(fields(Drafts.withHeader(new Header("TEXT", "x".repeat(60), null))))
                .isEmpty();
        assertThat(fields(Drafts.withHeader(new Header("TEXT", "x".repeat(61), null))))
                .containsExactly("header.text");
        assertThat(fields(Drafts.withHeader(new Header("TEXT", "Our {{1}} is on!", "Summer Sale"))))
                .isEmpty();
        assertThat(fields(Drafts.withHeader(new Header("TEXT", "Our {{1}} is on!", null))))
                .containsExactly("header.example");
        assertThat(fields(Drafts.withHeader(new Header("TEXT", "{{1}} and {{2}}", "a"))))
                .containsExactly("header.text");
        assertThat(fields(Drafts.withHeader(new Header("TEXT", "Sale {{2}}", "a"))))
                .containsExactly("header.text");
        assertThat(fields(Drafts.withHeader(new Header("TEXT", " ", null)))).containsExactly("header.text");
    }

    @Test
    void mediaHeadersNeedASampleHandleLocationNeedsNothing() {
        for (var format : List.of("IMAGE", "VIDEO", "DOCUMENT", "GIF")) {
            assertThat(fields(Drafts.withHeader(new Header(format, null, "4::aW1hZ2U="))))
                    .as(format)
                    .isEmpty();
            assertThat(fields(Drafts.withHeader(new Header(format, null, null))))
                    .as(format)
                    .containsExactly("header.example");
        }
        assertThat(fields(Drafts.withHeader(new Header("LOCATION", null, null))))
                .isEmpty();
        assertThat(fields(Drafts.withHeader(new Header("AUDIO", null, null)))).containsExactly("header.format");
    }

    @Test
    void bodyIsRequiredAndAtMost1024Characters() {
        assertThat(fields(Drafts.withBody("", Map.of()))).containsExactly("body.text");
        assertThat(fields(Drafts.withBody("é".repeat(1024), Map.of()))).isEmpty();
        assertThat(fields(Drafts.withBody("é".repeat(1025), Map.of()))).containsExactly("body.text");
    }

    @Test
    void positionalVariablesRunFromOneInOrder() {
        assertThat(fields(Drafts.withBody("Hi {{2}}, order {{1}} is ready now.", Map.of("1", "a", "2", "b"))))
                .containsExactly("body.text");
        assertThat(fields(Drafts.withBody("Hi {{1}}, order {{3}} is ready now.", Map.of("1", "a", "3", "b"))))
                .containsExactly("body.text");
        assertThat(fields(Drafts.withBody("Hi {{first}}, your order is ready now.", Map.of("first", "a"))))
                .containsExactly("body.text");
    }

    @Test
    void namedVariablesAreLowercaseAndUnique() {
        assertThat(fields(Drafts.named(
                        "Hi {{first_name}}, order {{order_id}} is ready.",
                        Map.of("first_name", "Ana", "order_id", "7"))))
                .isEmpty();
        assertThat(fields(Drafts.named("Hi {{FirstName}}, your order is ready now.", Map.of("FirstName", "Ana"))))
                .containsExactly("body.text");
        assertThat(fields(Drafts.named("Hi {{name}}, and again {{name}} for the order.", Map.of("name", "Ana"))))
                .containsExactly("body.text");
    }

    @Test
    void variablesNeverLeadTrailOrTouch() {
        assertThat(fields(Drafts.withBody("{{1}} is your order number for today", Map.of("1", "a"))))
                .containsExactly("body.text");
        assertThat(fields(Drafts.withBody("Your order number for today is {{1}}", Map.of("1", "a"))))
                .containsExactly("body.text");
        assertThat(fields(
                        Drafts.withBody("Your order {{1}} {{2}} is ready for pickup now.", Map.of("1", "a", "2", "b"))))
                .containsExactly("body.text");
    }

    @Test
    void tooManyVariablesForTheLengthAreRefused() {
        assertThat(fields(Drafts.withBody("Hi {{1}}, {{2}}, {{3}} ok", Map.of("1", "a", "2", "b", "3", "c"))))
                .containsExactly("body.text");
    }

    @Test
    void everyVariableNeedsAnExample() {
        assertThat(fields(Drafts.withBody("Hello {{1}}, your order {{2}} has shipped.", Map.of("1", "Ana"))))
                .containsExactly("body.examples.2");
        assertThat(fields(Drafts.withBody("Hello {{1}}, your order {{2}} has shipped.", Map.of("1", "Ana", "2", " "))))
                .containsExactly("body.examples.2");
    }

    @Test
    void footerAtMost60CharactersWithoutVariables() {
        assertThat(fields(Drafts.withFooter("x".repeat(60)))).isEmpty();
        assertThat(fields(Drafts.withFooter("x".repeat(61)))).containsExactly("footer");
        assertThat(fields(Drafts.withFooter("Reply {{1}} to stop"))).containsExactly("footer");
    }

    @Test
    void variablesMapToKnownContactFields() {
        assertThat(fields(Drafts.withMapping(Map.of("1", "name", "2", "custom.order_ref"))))
                .isEmpty();
        assertThat(fields(Drafts.withMapping(Map.of("1", "password")))).containsExactly("variableMapping.1");
        assertThat(fields(Drafts.withMapping(Map.of("9", "name")))).containsExactly("variableMapping.9");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        var broken = new TemplateDefinition(
                "Bad Name",
                "english",
                "PROMO",
                "POSITIONAL",
                null,
                new TemplateDefinition.Body("{{1}}", Map.of()),
                "{{1}}",
                List.of(),
                Map.of());
        assertThat(fields(broken)).contains("name", "language", "category", "body.text", "body.examples.1", "footer");
    }
}

package io.switchboard.templates.internal;

import static io.switchboard.templates.internal.TemplateRulesTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meta's rules for buttons: kinds, counts, grouping, labels, URLs, numbers, codes (no Spring). */
class ButtonRulesTests {

    @Test
    void atMostTenButtons() {
        assertThat(fields(Drafts.withButtons(Collections.nCopies(10, Drafts.quickReply("Yes")))))
                .isEmpty();
        assertThat(fields(Drafts.withButtons(Collections.nCopies(11, Drafts.quickReply("Yes")))))
                .contains("buttons", "buttons[10].type");
    }

    @Test
    void limitsPerKind() {
        var url = Drafts.url("Track", "https://shop.example/track", null);
        assertThat(fields(Drafts.withButtons(List.of(url, url)))).isEmpty();
        assertThat(fields(Drafts.withButtons(List.of(url, url, url)))).containsExactly("buttons[2].type");
        var phone = Drafts.phone("Call us", "+15550051310");
        assertThat(fields(Drafts.withButtons(List.of(phone, phone)))).containsExactly("buttons[1].type");
        var code = Drafts.copyCode("25OFF");
        assertThat(fields(Drafts.withButtons(List.of(code, code)))).containsExactly("buttons[1].type");
    }

    @Test
    void quickRepliesStayGrouped() {
        var qr = Drafts.quickReply("Stop");
        var url = Drafts.url("Shop", "https://shop.example", null);
        var phone = Drafts.phone("Call", "15550051310");
        assertThat(fields(Drafts.withButtons(List.of(qr, qr, url, phone)))).isEmpty();
        assertThat(fields(Drafts.withButtons(List.of(url, phone, qr, qr)))).isEmpty();
        assertThat(fields(Drafts.withButtons(List.of(qr, url, qr)))).containsExactly("buttons");
    }

    @Test
    void labelsAreRequiredAndAtMost25Characters() {
        assertThat(fields(Drafts.withButtons(List.of(Drafts.quickReply("x".repeat(25))))))
                .isEmpty();
        assertThat(fields(Drafts.withButtons(List.of(Drafts.quickReply("x".repeat(26))))))
                .containsExactly("buttons[0].text");
        assertThat(fields(Drafts.withButtons(List.of(Drafts.quickReply(" "))))).containsExactly("buttons[0].text");
    }

    @Test
    void urlButtonsMayEndWithOneVariableThatNeedsAnExample() {
        assertThat(fields(Drafts.withButtons(List.of(Drafts.url("Track", "https://shop.example/t/{{1}}", "A-17")))))
                .isEmpty();
        assertThat(fields(Drafts.withButtons(List.of(Drafts.url("Track", "https://shop.example/t/{{1}}", null)))))
                .containsExactly("buttons[0].example");
        assertThat(fields(Drafts.withButtons(List.of(Drafts.url("Track", "https://shop.example/{{1}}/x", "a")))))
                .containsExactly("buttons[0].url");
        assertThat(fields(Drafts.withButtons(List.of(Drafts.url("Track", "https://s.example/{{1}}{{2}}", "a")))))
                .containsExactly("buttons[0].url");
        assertThat(fields(Drafts.withButtons(List.of(Drafts.url("Track", "shop.example", null)))))
                .containsExactly("buttons[0].url");
        assertThat(fields(Drafts.withButtons(
                        List.of(Drafts.url("Track", "https://s.example/" + "a".repeat(2000), null)))))
                .containsExactly("buttons[0].url");
    }

    @Test
    void phoneNumbersAreDigitsOfAtMost20() {
        assertThat(fields(Drafts.withButtons(List.of(Drafts.phone("Call", "+4915112345678")))))
                .isEmpty();
        assertThat(fields(Drafts.withButtons(List.of(Drafts.phone("Call", "call me")))))
                .containsExactly("buttons[0].phoneNumber");
        assertThat(fields(Drafts.withButtons(List.of(Drafts.phone("Call", "1".repeat(21))))))
                .containsExactly("buttons[0].phoneNumber");
    }

    @Test
    void copyCodeNeedsAnExampleOfAtMost15Characters() {
        assertThat(fields(Drafts.withButtons(List.of(Drafts.copyCode("SUMMER25")))))
                .isEmpty();
        assertThat(fields(Drafts.withButtons(List.of(Drafts.copyCode(""))))).containsExactly("buttons[0].example");
        assertThat(fields(Drafts.withButtons(List.of(Drafts.copyCode("X".repeat(16))))))
                .containsExactly("buttons[0].example");
    }

    @Test
    void oneTimePasswordButtonsOnlyInAuthenticationTemplatesWithAKnownType() {
        assertThat(fields(Drafts.withButtons(List.of(Drafts.otp("COPY_CODE"))))).containsExactly("buttons[0].type");
        assertThat(fields(Drafts.withCategory("AUTHENTICATION", List.of(Drafts.otp("ONE_TAP")))))
                .isEmpty();
        assertThat(fields(Drafts.withCategory("AUTHENTICATION", List.of(Drafts.otp("MAGIC")))))
                .containsExactly("buttons[0].otpType");
    }

    @Test
    void unknownKindsAreRefused() {
        var odd = new io.switchboard.templates.TemplateDefinition.Button("CATALOG_PLUS", "See", null, null, null, null);
        assertThat(fields(Drafts.withButtons(List.of(odd)))).containsExactly("buttons[0].type");
    }
}

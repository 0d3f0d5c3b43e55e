package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.whatsapp.client.Interactive.Button;
import io.switchboard.channels.whatsapp.client.Interactive.ListMessage;
import io.switchboard.channels.whatsapp.client.Interactive.ReplyButtons;
import io.switchboard.channels.whatsapp.client.Interactive.Row;
import io.switchboard.channels.whatsapp.client.Interactive.Section;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Text;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Meta's cheap checks, done before any call (reference §2.1–2.3). */
class CloudApiRulesTests {
    private static List<Violation> check(OutboundMessage message) {
        return MessageRules.check(SendRequest.to("+16505551234", message));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    private static ReplyButtons buttons(String... titles) {
        var list = IntStream.range(0, titles.length)
                .mapToObj(i -> new Button("b" + i, titles[i]))
                .toList();
        return new ReplyButtons(null, "Pick one", null, list);
    }

    private static List<Row> rows(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Row(prefix + i, "Row " + i, null))
                .toList();
    }

    @Test
    void acceptsValidMessages() {
        assertThat(check(Text.of("Hello"))).isEmpty();
        assertThat(check(buttons("Yes", "No", "Maybe"))).isEmpty();
        assertThat(check(new ListMessage(null, "Pick", null, "Options", List.of(new Section(null, rows("r", 10))))))
                .isEmpty();
    }

    @Test
    void refusesMoreThanThreeReplyButtons() {
        assertThat(fields(check(buttons("A", "B", "C", "D")))).containsExactly("interactive.action.buttons");
    }

    @Test
    void refusesButtonTitleOverTwentyCharactersAndDuplicates() {
        assertThat(fields(check(buttons("x".repeat(21), "Same", "Same"))))
                .containsExactly(
                        "interactive.action.buttons[0].reply.title", "interactive.action.buttons[2].reply.title");
        assertThat(check(buttons("x".repeat(20)))).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 20 emoji are 40 UTF-16 units but 20 characters, which Meta allows.
        assertThat(check(buttons("\uD83D\uDE00".repeat(20)))).isEmpty();
    }

    @Test
    void refusesMoreThanTenListRowsAcrossAllSections() {
        var list = new ListMessage(
                null, "Pick", null, "Options", List.of(new Section("A", rows("a", 6)), new Section("B", rows("b", 5))));
        assertThat(fields(check(list))).containsExactly("interactive.action.sections[].rows");
    }

    @Test
    void requiresSectionTitlesOnceThereAreSeveral() {
        var list = new ListMessage(
                null,
                "Pick",
                null,
                "Options",
                List.of(new Section(null, rows("a", 1)), new Section("B", rows("b", 1))));
        assertThat(fields(check(list))).containsExactly("interactive.action.sections[0].title");
    }

    @Test
    void checksListLabelRowLengthsAndUniqueIds() {
        var list = new ListMessage(
                "h".repeat(61),
                "Pick",
                "f".repeat(61),
                "b".repeat(21),
                List.of(new Section(
                        "s".repeat(25),
                        List.of(new Row("same", "t".repeat(25), "d".repeat(73)), new Row("same", "ok", null)))));
        assertThat(fields(check(list)))
                .containsExactlyInAnyOrder(
                        "interactive.header.text",
                        "interactive.footer.text",
                        "interactive.action.button",
                        "interactive.action.sections[0].title",
                        "interactive.action.sections[0].rows[0].title",
                        "interactive.action.sections[0].rows[0].description",
                        "interactive.action.sections[0].rows[1].id");
    }

    @Test
    void refusesOverlongAndEmptyText() {
        assertThat(fields(check(Text.of("x".repeat(4097))))).containsExactly("text.body");
        assertThat(fields(check(Text.of(" ")))).containsExactly("text.body");
        assertThat(check(Text.of("x".repeat(4096)))).isEmpty();
    }

    @Test
    void refusesReplyContextOnReactionsAndLongCallbackData() {
        var request = SendRequest.to("+1", new OutboundMessage.Reaction("wamid.A", "👍"))
                .replyingTo("wamid.B")
                .withCallbackData("x".repeat(513));
        assertThat(fields(MessageRules.check(request))).containsExactly("biz_opaque_callback_data", "context");
    }

    @Test
    void checksMediaCaptionsAndLinks() {
        assertThat(fields(check(new OutboundMessage.Image(MediaRef.link("ftp://x"), "c".repeat(1025)))))
                .containsExactly("image.link", "image.caption");
    }

    @Test
    void checksCtaUrlFlowAndContacts() {
        assertThat(fields(check(new Interactive.CtaUrl(null, "Go", null, "d".repeat(21), "www.example.com"))))
                .containsExactly("interactive.action.parameters.display_text", "interactive.action.parameters.url");
        assertThat(fields(check(
                        new Interactive.Flow(null, "Go", null, "1", "name", "Open", null, null, Map.of(), false))))
                .containsExactly("interactive.action.parameters");
        assertThat(fields(check(new OutboundMessage.Contacts(List.of())))).containsExactly("contacts");
    }

    @Test
    void limitsProductListsToThirtyProductsInTenSections() {
        var section = new Interactive.ProductSection(
                "All", IntStream.range(0, 31).mapToObj(i -> "sku" + i).toList());
        assertThat(fields(check(new Interactive.ProductList("Picks", "For you", null, "cat", List.of(section)))))
                .containsExactly("interactive.action.sections[].product_items");
    }

    @Test
    void refusesTemplatesMixingNamedAndPositionalParameters() {
        var template = Template.of(
                "t",
                "en",
                TemplateComponent.body(TemplateParameter.named("first_name", "Ann"), TemplateParameter.text("2")));
        assertThat(fields(check(template))).containsExactly("template.components[0].parameters");
    }

    @Test
    void checksTemplateButtonsAndHeaders() {
        var template = Template.of(
                "t",
                "",
                TemplateComponent.header(TemplateParameter.text("a")),
                TemplateComponent.header(TemplateParameter.text("b")),
                new TemplateComponent.QuickReply(0, "p"),
                new TemplateComponent.UrlSuffix(0, ""),
                new TemplateComponent.CopyCode(10, "TOO-LONG-COUPON-CODE"));
        assertThat(fields(check(template)))
                .containsExactly(
                        "template.language.code",
                        "template.components[3].index",
                        "template.components[3].parameters[0].text",
                        "template.components[4].index",
                        "template.components[4].parameters[0].coupon_code",
                        "template.components");
    }

    @Test
    void checksCurrencyCodeAndCoordinates() {
        var template =
                Template.of("t", "en", TemplateComponent.body(new TemplateParameter.Currency(null, "$1", "usd", 1000)));
        assertThat(fields(check(template))).containsExactly("template.components[0].parameters[0].currency.code");
        assertThat(fields(check(OutboundMessage.Location.of(91, -181))))
                .containsExactly("location.latitude", "location.longitude");
    }
}

package io.switchboard.channels.whatsapp.client;

import static io.switchboard.channels.whatsapp.client.TemplateComponent.body;
import static io.switchboard.channels.whatsapp.client.TemplateComponent.header;
import static io.switchboard.channels.whatsapp.client.TemplateParameter.named;
import static io.switchboard.channels.whatsapp.client.TemplateParameter.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.whatsapp.client.Interactive.Button;
import io.switchboard.channels.whatsapp.client.Interactive.Header;
import io.switchboard.channels.whatsapp.client.Interactive.ListMessage;
import io.switchboard.channels.whatsapp.client.Interactive.ReplyButtons;
import io.switchboard.channels.whatsapp.client.Interactive.Row;
import io.switchboard.channels.whatsapp.client.Interactive.Section;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Document;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Image;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Location;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Reaction;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Text;
import io.switchboard.channels.whatsapp.client.TemplateComponent.QuickReply;
import io.switchboard.channels.whatsapp.client.TemplateParameter.Currency;
import io.switchboard.channels.whatsapp.client.TemplateParameter.DateTime;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our JSON equals each of Meta's published send requests, field for field. */
class CloudApiJsonTests {
    private static final String US = "+16505551234";
    private final MessageJson json = new MessageJson(Fixtures.MAPPER);

    static Stream<Arguments> sendFixtures() {
        return Stream.of(
                Arguments.of(
                        "send-text-preview-url.request.json",
                        SendRequest.to(
                                US,
                                new Text(
                                        "As requested, here's the link to our latest product: https://www.meta.com/quest/quest-3/",
                                        true))),
                Arguments.of(
                        "send-image-by-id.request.json",
                        SendRequest.to(US, new Image(MediaRef.id("1479537139650973"), "The best succulent ever?"))),
                Arguments.of(
                        "send-image-by-link.request.json",
                        SendRequest.to(
                                "{{Recipient-Phone-Number}}", new Image(MediaRef.link("http(s)://image-url"), null))),
                Arguments.of(
                        "send-document-by-id.request.json",
                        SendRequest.to(
                                US,
                                new Document(
                                        MediaRef.id("1376223850470843"),
                                        "Your order confirmation (PDF)",
                                        "order_abc123.pdf"))),
                Arguments.of(
                        "send-location.request.json",
                        SendRequest.to(
                                US,
                                new Location(
                                        new BigDecimal("37.44216251868683"),
                                        new BigDecimal("-122.16153582049394"),
                                        "Philz Coffee",
                                        "101 Forest Ave, Palo Alto, CA 94301"))),
                Arguments.of(
                        "send-reaction.request.json",
                        SendRequest.to(
                                US,
                                new Reaction(
                                        "wamid.HBgLMTY0NjcwNDM1OTUVAgASGBQzQUZCMTY0MDc2MUYwNzBDNTY5MAA=",
                                        "\uD83D\uDE00"))),
                Arguments.of(
                        "send-interactive-buttons.request.json",
                        SendRequest.to(
                                US,
                                new ReplyButtons(
                                        Header.image(MediaRef.id("2762702990552401")),
                                        "Hi Pablo! Your gardening workshop is scheduled for 9am tomorrow. Use the buttons if you need"
                                                + " to reschedule. Thank you!",
                                        "Lucky Shrub: Your gateway to succulents!™",
                                        List.of(
                                                new Button("change-button", "Change"),
                                                new Button("cancel-button", "Cancel"))))),
                Arguments.of(
                        "send-interactive-list.request.json",
                        SendRequest.to(
                                US,
                                new ListMessage(
                                        "Choose Shipping Option",
                                        "Which shipping option do you prefer?",
                                        "Lucky Shrub: Your gateway to succulents™",
                                        "Shipping Options",
                                        List.of(
                                                new Section(
                                                        "I want it ASAP!",
                                                        List.of(
                                                                new Row(
                                                                        "priority_express",
                                                                        "Priority Mail Express",
                                                                        "Next Day to 2 Days"),
                                                                new Row("priority_mail", "Priority Mail", "1–3 Days"))),
                                                new Section(
                                                        "I can wait a bit",
                                                        List.of(
                                                                new Row(
                                                                        "usps_ground_advantage",
                                                                        "USPS Ground Advantage",
                                                                        "2–5 Days"),
                                                                new Row("media_mail", "Media Mail", "2–8 Days"))))))),
                Arguments.of(
                        "send-template-media-quick-replies.request.json",
                        SendRequest.to(
                                "{{Recipient-Phone-Number}}",
                                Template.of(
                                        "template-name",
                                        "language-and-locale-code",
                                        header(TemplateParameter.image(MediaRef.link("http(s)://the-image-url"))),
                                        body(
                                                text("text-string"),
                                                new Currency(null, "$100.99", "USD", 100990),
                                                new DateTime(
                                                        null,
                                                        "February 25, 1977",
                                                        5,
                                                        1977,
                                                        2,
                                                        25,
                                                        15,
                                                        33,
                                                        "GREGORIAN")),
                                        new QuickReply(0, "aGlzIHRoaXMgaXMgY29v"),
                                        new QuickReply(1, "9rwnB8RbYmPF5t2Mn09x4h")))),
                Arguments.of(
                        "send-template-named-params.request.json",
                        SendRequest.to(
                                US,
                                Template.of(
                                        "order_confirmation",
                                        "en_US",
                                        body(named("first_name", "Jessica"), named("order_number", "SKBUP2-4CPIG9"))))),
                Arguments.of(
                        "send-template-positional-params.request.json",
                        SendRequest.to(
                                US,
                                Template.of(
                                        "order_confirmation", "en_US", body(text("Jessica"), text("SKBUP2-4CPIG9"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sendFixtures")
    void writesMetasPublishedSendRequest(String fixture, SendRequest request) {
        assertThat(Fixtures.wire(json.send(request))).isEqualTo(Fixtures.json(fixture));
    }

    @Test
    void writesMarkAsReadWithAndWithoutTypingIndicator() {
        var wamid = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA";
        assertThat(Fixtures.wire(json.markAsRead(wamid, false))).isEqualTo(Fixtures.json("mark-as-read.request.json"));
        assertThat(Fixtures.wire(json.markAsRead(wamid, true)))
                .isEqualTo(Fixtures.json("mark-as-read-typing-indicator.request.json"));
    }

    @Test
    void everySendRequestFixtureIsCovered() throws IOException {
        var covered = sendFixtures().map(a -> (String) a.get()[0]).toList();
        try (var files = Files.list(Path.of("src/test/resources/fixtures/cloud-api-requests"))) {
            var requests = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("send-") && n.endsWith(".request.json"))
                    .toList();
            assertThat(covered).containsExactlyInAnyOrderElementsOf(requests);
        }
    }

    @Test
    void addsContextAndCallbackDataToAnyMessage() {
        var request = SendRequest.to(US, Text.of("Yes, tomorrow at 9."))
                .replyingTo("wamid.quoted")
                .withCallbackData("outbox:42");
        assertThat(Fixtures.wire(json.send(request))).isEqualTo(Fixtures.MAPPER.readTree("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
                 "context":{"message_id":"wamid.quoted"},"biz_opaque_callback_data":"outbox:42",
                 "type":"text","text":{"preview_url":false,"body":"Yes, tomorrow at 9."}}"""));
    }

    @Test
    void writesFlowWithNavigatePayload() {
        var flow = new Interactive.Flow(
                Header.text("Book"),
                "Pick a slot",
                null,
                "1234",
                null,
                "Book now",
                "token-1",
                "SLOTS",
                Map.of("day", "mon"),
                true);
        assertThat(Fixtures.wire(json.send(SendRequest.to(US, flow))).path("interactive"))
                .isEqualTo(Fixtures.MAPPER.readTree("""
                        {"type":"flow","header":{"type":"text","text":"Book"},"body":{"text":"Pick a slot"},
                         "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_token":"token-1",
                           "flow_id":"1234","flow_cta":"Book now","mode":"draft","flow_action":"navigate",
                           "flow_action_payload":{"screen":"SLOTS","data":{"day":"mon"}}}}}"""));
    }
}

package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.whatsapp.client.Interactive.Header;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Audio;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Sticker;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Video;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message types Meta publishes no whole example body for, written against the shapes in Meta's
 * reference (whatsapp-cloud-api.md §2.1–2.3): only the payload object is compared.
 */
class CloudApiJsonShapesTests {
    private final MessageJson json = new MessageJson(Fixtures.MAPPER);

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("video", new Video(MediaRef.id("v1"), "Tour"), """
                        {"id":"v1","caption":"Tour"}"""),
                Arguments.of("voice note", new Audio(MediaRef.link("https://x.test/a.ogg"), true), """
                        {"link":"https://x.test/a.ogg","voice":true}"""),
                Arguments.of("audio", new Audio(MediaRef.id("a1"), false), """
                        {"id":"a1"}"""),
                Arguments.of("sticker", new Sticker(MediaRef.id("s1")), """
                        {"id":"s1"}"""),
                Arguments.of("reaction removal", OutboundMessage.Reaction.remove("wamid.X"), """
                        {"message_id":"wamid.X","emoji":""}"""),
                Arguments.of(
                        "contacts",
                        new OutboundMessage.Contacts(List.of(new ContactCard(
                                new ContactCard.Name("Pablo Morales", "Pablo", "Morales", null, null, null),
                                List.of(new ContactCard.Phone("+1 (940) 555-1234", "HOME", "19405551234")),
                                List.of(new ContactCard.Email("pablo@example.com", "WORK")),
                                List.of(new ContactCard.Address(
                                        "1 Lucky Shrub Way",
                                        "Menlo Park",
                                        "CA",
                                        "94025",
                                        "United States",
                                        "US",
                                        "WORK")),
                                new ContactCard.Org("Lucky Shrub", "Legal", "Lead"),
                                List.of(new ContactCard.Url("https://www.luckyshrub.com", "WORK")),
                                LocalDate.of(1999, 1, 23)))),
                        """
                        [{"name":{"formatted_name":"Pablo Morales","first_name":"Pablo","last_name":"Morales"},
                          "phones":[{"phone":"+1 (940) 555-1234","type":"HOME","wa_id":"19405551234"}],
                          "emails":[{"email":"pablo@example.com","type":"WORK"}],
                          "addresses":[{"street":"1 Lucky Shrub Way","city":"Menlo Park","state":"CA","zip":"94025",
                                        "country":"United States","country_code":"US","type":"WORK"}],
                          "org":{"company":"Lucky Shrub","department":"Legal","title":"Lead"},
                          "urls":[{"url":"https://www.luckyshrub.com","type":"WORK"}],
                          "birthday":"1999-01-23"}]"""),
                Arguments.of(
                        "cta_url",
                        new Interactive.CtaUrl(
                                Header.text("Offer"),
                                "Tap below",
                                "Lucky Shrub",
                                "See dates",
                                "https://www.luckyshrub.com?clickID=kqDGWd24Q5TRwoEQTICY7W1JKoXvaZOXWAS7h1P76s0R7Paec4"),
                        """
                        {"type":"cta_url","header":{"type":"text","text":"Offer"},"body":{"text":"Tap below"},
                         "footer":{"text":"Lucky Shrub"},
                         "action":{"name":"cta_url","parameters":{"display_text":"See dates",
                           "url":"https://www.luckyshrub.com?clickID=kqDGWd24Q5TRwoEQTICY7W1JKoXvaZOXWAS7h1P76s0R7Paec4"}}}"""),
                Arguments.of(
                        "flow (data exchange, by name)",
                        new Interactive.Flow(
                                null, "Sign up", null, null, "signup", "Start", null, null, Map.of(), false),
                        """
                        {"type":"flow","body":{"text":"Sign up"},
                         "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_name":"signup",
                           "flow_cta":"Start","flow_action":"data_exchange"}}}"""),
                Arguments.of("product", new Interactive.Product("Our bestseller", null, "cat1", "sku-1"), """
                        {"type":"product","body":{"text":"Our bestseller"},
                         "action":{"catalog_id":"cat1","product_retailer_id":"sku-1"}}"""),
                Arguments.of(
                        "product_list",
                        new Interactive.ProductList(
                                "Picks",
                                "For you",
                                "Shop",
                                "cat1",
                                List.of(new Interactive.ProductSection("Plants", List.of("sku-1", "sku-2")))),
                        """
                        {"type":"product_list","header":{"type":"text","text":"Picks"},"body":{"text":"For you"},
                         "footer":{"text":"Shop"},
                         "action":{"catalog_id":"cat1","sections":[{"title":"Plants",
                           "product_items":[{"product_retailer_id":"sku-1"},{"product_retailer_id":"sku-2"}]}]}}"""),
                Arguments.of(
                        "location_request_message", new Interactive.LocationRequest("Where should we deliver?"), """
                        {"type":"location_request_message","body":{"text":"Where should we deliver?"},
                         "action":{"name":"send_location"}}"""),
                Arguments.of(
                        "buttons with video header",
                        new Interactive.ReplyButtons(
                                Header.video(MediaRef.link("https://x.test/v.mp4")),
                                "Pick",
                                null,
                                List.of(new Interactive.Button("y", "Yes"))),
                        """
                        {"type":"button","header":{"type":"video","video":{"link":"https://x.test/v.mp4"}},
                         "body":{"text":"Pick"},"action":{"buttons":[{"type":"reply","reply":{"id":"y","title":"Yes"}}]}}"""),
                Arguments.of(
                        "template: location header, url, copy_code and flow buttons",
                        Template.of(
                                "auth",
                                "en",
                                TemplateComponent.header(new TemplateParameter.Location(
                                        new BigDecimal("37.483307"),
                                        new BigDecimal("122.148981"),
                                        "Pablo Morales",
                                        "1 Hacker Way, Menlo Park, CA 94025")),
                                TemplateComponent.body(TemplateParameter.text("123456")),
                                new TemplateComponent.UrlSuffix(0, "123456"),
                                new TemplateComponent.CopyCode(1, "25OFF"),
                                new TemplateComponent.FlowButton(2, "ft-1", Map.of("source", "promo"))),
                        """
                        {"name":"auth","language":{"code":"en"},"components":[
                          {"type":"header","parameters":[{"type":"location","location":{"latitude":"37.483307",
                            "longitude":"122.148981","name":"Pablo Morales","address":"1 Hacker Way, Menlo Park, CA 94025"}}]},
                          {"type":"body","parameters":[{"type":"text","text":"123456"}]},
                          {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"123456"}]},
                          {"type":"button","sub_type":"copy_code","index":"1",
                           "parameters":[{"type":"coupon_code","coupon_code":"25OFF"}]},
                          {"type":"button","sub_type":"flow","index":"2",
                           "parameters":[{"type":"action","action":{"flow_token":"ft-1","flow_action_data":{"source":"promo"}}}]}]}"""),
                Arguments.of(
                        "template: document header with filename, named currency",
                        Template.of(
                                "invoice",
                                "de",
                                TemplateComponent.header(new TemplateParameter.Media(
                                        Interactive.MediaType.DOCUMENT, MediaRef.id("d1"), "invoice.pdf")),
                                TemplateComponent.body(
                                        new TemplateParameter.Currency("total", "12,50 €", "EUR", 12500))),
                        """
                        {"name":"invoice","language":{"code":"de"},"components":[
                          {"type":"header","parameters":[{"type":"document","document":{"id":"d1","filename":"invoice.pdf"}}]},
                          {"type":"body","parameters":[{"type":"currency","parameter_name":"total",
                            "currency":{"fallback_value":"12,50 €","code":"EUR","amount_1000":12500}}]}]}"""),
                Arguments.of("template without parameters", Template.of("hello_world", "en_US"), """
                        {"name":"hello_world","language":{"code":"en_US"}}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void writesMetasShape(String name, OutboundMessage message, String expectedPayload) {
        var sent = Fixtures.wire(json.send(SendRequest.to("+16505551234", message)));
        var type = MessageJson.typeOf(message);
        assertThat(sent.path("type").asString()).isEqualTo(type);
        assertThat(sent.path(type)).isEqualTo(Fixtures.MAPPER.readTree(expectedPayload));
    }
}

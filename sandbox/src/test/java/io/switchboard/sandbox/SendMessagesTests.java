package io.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendMessagesTests extends SandboxTestSupport {

    @Test
    void acceptsEveryFreeFormTypeInsideTheWindowWithMetasResponseShape() {
        var to = newCustomer();
        customerSays(to, "hi");
        var media = uploadPng();
        var bodies = new String[] {
            Fixtures.request("send-text-preview-url.request.json", to),
            Fixtures.request("send-interactive-buttons.request.json", to),
            Fixtures.request("send-interactive-list.request.json", to),
            Fixtures.request("send-location.request.json", to),
            Fixtures.request("send-image-by-id.request.json", to).replace("1479537139650973", media),
            Fixtures.request("send-document-by-id.request.json", to).replace("1376223850470843", media),
            media(to, "image", "{\"link\":\"https://example.com/a.png\",\"caption\":\"c\"}"),
            media(to, "video", "{\"link\":\"https://example.com/a.mp4\"}"),
            media(to, "audio", "{\"id\":\"" + media + "\",\"voice\":true}"),
            media(to, "sticker", "{\"id\":\"" + media + "\"}"),
            media(to, "contacts", "[{\"name\":{\"formatted_name\":\"Ada L\"},\"phones\":[{\"phone\":\"+1555\"}]}]"),
            interactive(to, """
                    {"type":"cta_url","body":{"text":"See"},"action":{"name":"cta_url",
                     "parameters":{"display_text":"Open","url":"https://example.com"}}}"""),
            interactive(to, """
                    {"type":"flow","body":{"text":"Book"},"action":{"name":"flow","parameters":{
                     "flow_message_version":"3","flow_token":"t","flow_id":"123","flow_cta":"Book now"}}}"""),
            interactive(to, """
                    {"type":"product","action":{"catalog_id":"c1","product_retailer_id":"sku1"}}"""),
            interactive(to, """
                    {"type":"product_list","header":{"type":"text","text":"Shop"},"body":{"text":"Pick"},
                     "action":{"catalog_id":"c1","sections":[{"title":"A","product_items":[{"product_retailer_id":"s1"}]}]}}"""),
            interactive(to, """
                    {"type":"location_request_message","body":{"text":"Where?"},"action":{"name":"send_location"}}"""),
        };
        var expected = Fixtures.paths(Fixtures.read("requests/send-message.response.json"));
        for (var body : bodies) {
            var response = send(body);
            assertThat(response.status()).as(body + " → " + response.json()).isEqualTo(200);
            assertThat(Fixtures.paths(response.json())).containsAll(expected);
            assertThat(response.json().path("contacts").get(0).path("wa_id").asString())
                    .isEqualTo(to);
            assertThat(response.json().path("messages").get(0).path("id").asString())
                    .startsWith("wamid.");
        }
    }

    @Test
    void reactionGetsOnlySentAndMarkAsReadAnswersSuccess() {
        var to = newCustomer();
        var inbound = customerSays(to, "hello");
        var reaction = Fixtures.read("requests/send-reaction.request.json");
        reaction.put("to", "+" + to);
        ((tools.jackson.databind.node.ObjectNode) reaction.get("reaction")).put("message_id", inbound);
        var wamid = sendOk(reaction.toString());
        awaitStatus(wamid, "sent");
        var read = Fixtures.read("requests/mark-as-read-typing-indicator.request.json")
                .put("message_id", inbound);
        var response = send(read.toString());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"success\":true}");
        var history = client.get("/sandbox/control/customers/" + to + "/messages?phone_number_id=" + number, null);
        assertThat(history.json()
                        .path("messages")
                        .get(0)
                        .path("read_by_business")
                        .asBoolean())
                .isTrue();
        assertThat(history.json().has("typing_at")).isTrue();
        assertThat(RECEIVER.statusNames(wamid)).containsExactly("sent");
    }

    @Test
    void templateSendAnswersAcceptedLikeMeta() {
        approvedTemplate("order_update", "UTILITY", "Hello {{1}}, your order {{2}} has shipped.", "\"Ada\",\"A-1\"");
        var to = newCustomer();
        var response = send("""
                {"messaging_product":"whatsapp","to":"%s","type":"template","template":{"name":"order_update",
                 "language":{"code":"en_US"},"components":[{"type":"body","parameters":[
                 {"type":"text","text":"Ada"},{"type":"text","text":"A-7"}]}]}}""".formatted(to));
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        assertThat(Fixtures.paths(response.json()))
                .containsAll(Fixtures.paths(Fixtures.read("requests/send-template-accepted.response.json")));
        assertThat(response.json()
                        .path("messages")
                        .get(0)
                        .path("message_status")
                        .asString())
                .isEqualTo("accepted");
        var history = client.get("/sandbox/control/customers/" + to + "/messages", null);
        assertThat(history.json()
                        .path("messages")
                        .get(0)
                        .path("rendered")
                        .path("body")
                        .asString())
                .isEqualTo("Hello Ada, your order A-7 has shipped.");
    }

    @Test
    void rejectsBadRequestsWithMetasCodesInTheGraphEnvelope() {
        var to = newCustomer();
        assertCode(send(text(to, "x").replace("whatsapp", "sms")), 400, 100);
        assertCode(
                send("{\"messaging_product\":\"whatsapp\",\"to\":\"+" + to + "\",\"type\":\"text\",\"text\":{}}"),
                400,
                131008);
        assertCode(send(text(to, "a".repeat(4097))), 400, 100);
        assertCode(send(interactive(to, """
                {"type":"button","body":{"text":"b"},"action":{"buttons":[
                 {"type":"reply","reply":{"id":"1","title":"a"}},{"type":"reply","reply":{"id":"2","title":"b"}},
                 {"type":"reply","reply":{"id":"3","title":"c"}},{"type":"reply","reply":{"id":"4","title":"d"}}]}}""")), 400, 131009);
        assertCode(send(interactive(to, """
                {"type":"button","body":{"text":"b"},"action":{"buttons":[
                 {"type":"reply","reply":{"id":"1","title":"this title is far too long"}}]}}""")), 400, 100);
        assertCode(send(media(to, "image", "{\"id\":\"999\"}")), 400, 131009);
        assertCode(send(media(to, "poll", "{}")), 400, 131051);
        assertCode(send(text("15550199", "self")), 400, 131021);
        var response = client.post("/sandbox/graph/v23.0/" + number + "/messages", "wrong", text(to, "x"));
        assertCode(response, 401, 190);
        assertThat(response.json().path("error").path("type").asString()).isEqualTo("OAuthException");
        assertThat(response.json().path("error").path("message").asString()).startsWith("(#190)");
        assertCode(client.post("/sandbox/graph/v23.0/" + number + "/messages", null, text(to, "x")), 401, 190);
        assertThat(client.get("/sandbox/control/stats", null)
                        .json()
                        .path("numbers")
                        .path(number)
                        .path("rejected")
                        .path("131009")
                        .asInt())
                .isEqualTo(2);
    }

    static void assertCode(SandboxClient.Response response, int status, int code) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(status);
        var error = response.json().path("error");
        assertThat(error.path("code").asInt()).as(error.toString()).isEqualTo(code);
        assertThat(error.path("fbtrace_id").asString()).isNotBlank();
        assertThat(error.path("error_data").path("details").asString()).isNotBlank();
    }

    private String uploadPng() {
        return MediaTests.upload(client, number, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    static String media(String to, String type, String object) {
        return "{\"messaging_product\":\"whatsapp\",\"to\":\"+%s\",\"type\":\"%s\",\"%s\":%s}"
                .formatted(to, type, type, object);
    }

    static String interactive(String to, String object) {
        return media(to, "interactive", object);
    }
}

package io.switchboard.sandbox;

import static io.switchboard.sandbox.SendMessagesTests.assertCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;

class TemplateTests extends SandboxTestSupport {
    private static final String PATH = "/sandbox/graph/v23.0/" + WABA + "/message_templates";

    @Test
    void createListGetDeleteWithApprovalWebhook() {
        var created = client.post(PATH, TOKEN, Fixtures.read("requests/create-template-marketing.request.json"));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
        assertThat(created.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(created.json().path("category").asString()).isEqualTo("MARKETING");
        var id = created.json().path("id").asString();

        await().until(() ->
                !events("message_template_status_update", "seasonal_promotion").isEmpty());
        var approved =
                events("message_template_status_update", "seasonal_promotion").getFirst();
        assertThat(Fixtures.paths(approved))
                .containsAll(Fixtures.paths(Fixtures.read("webhooks/template-status-approved.json")
                        .path("entry")
                        .get(0)
                        .path("changes")
                        .get(0)
                        .path("value")));
        assertThat(approved.path("event").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("message_template_id").asLong()).isEqualTo(Long.parseLong(id));
        assertThat(RECEIVER.deliveries().stream()
                        .flatMap(d -> d.json().path("entry").valueStream())
                        .filter(e -> e.toString().contains("message_template_status_update"))
                        .allMatch(e -> e.has("time")))
                .isTrue();

        var list = client.get(PATH + "?name=seasonal&status=APPROVED", TOKEN);
        assertThat(list.json().path("data")).hasSize(1);
        assertThat(list.json().path("paging").path("cursors").has("after")).isTrue();
        assertThat(client.get("/sandbox/graph/v23.0/" + id + "?fields=status", TOKEN)
                        .json()
                        .toString())
                .isEqualTo("{\"status\":\"APPROVED\",\"id\":\"" + id + "\"}");

        assertThat(client.delete(PATH + "?name=seasonal_promotion", TOKEN)
                        .json()
                        .path("success")
                        .asBoolean())
                .isTrue();
        assertThat(client.get(PATH + "?name=seasonal", TOKEN).json().path("data"))
                .isEmpty();
    }

    @Test
    void pagesWithCursors() {
        for (var name : new String[] {"page_a", "page_b", "page_c"}) {
            client.post(
                    PATH,
                    TOKEN,
                    "{\"name\":\"" + name + "\",\"language\":\"en\",\"category\":\"UTILITY\","
                            + "\"components\":[{\"type\":\"BODY\",\"text\":\"Plain text body\"}]}");
        }
        var first = client.get(PATH + "?name=page_&limit=2", TOKEN).json();
        assertThat(first.path("data")).hasSize(2);
        var after = first.path("paging").path("cursors").path("after").asString();
        var second =
                client.get(PATH + "?name=page_&limit=2&after=" + after, TOKEN).json();
        assertThat(second.path("data")).hasSize(1);
        assertThat(second.path("data").get(0).path("name").asString()).isEqualTo("page_c");
        client.delete(PATH + "?name=page_a", TOKEN);
        client.delete(PATH + "?name=page_b", TOKEN);
        client.delete(PATH + "?name=page_c", TOKEN);
    }

    @Test
    void reviewRejectsAdjacentVariablesWithRejectionInfo() {
        var created = client.post(PATH, TOKEN, """
                {"name":"abandoned_cart","language":"en","category":"MARKETING","components":[{"type":"BODY",
                 "text":"Dear customer {{1}}{{2}} please come back to finish your order today","example":{"body_text":[["a","b"]]}}]}""");
        assertThat(created.status()).isEqualTo(200);
        await().until(() ->
                !events("message_template_status_update", "abandoned_cart").isEmpty());
        var rejected =
                events("message_template_status_update", "abandoned_cart").getFirst();
        assertThat(rejected.path("event").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("reason").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(Fixtures.paths(rejected))
                .containsAll(Fixtures.paths(Fixtures.read("webhooks/template-status-rejected-invalid-format.json")
                        .path("entry")
                        .get(0)
                        .path("changes")
                        .get(0)
                        .path("value")));
        client.delete(PATH + "?name=abandoned_cart", TOKEN);
    }

    @Test
    void creationChecksAnswerMetasCodes() {
        assertCode(client.post(PATH, TOKEN, body("Bad-Name", "UTILITY", "Hello there")), 400, 100);
        assertCode(client.post(PATH, TOKEN, body("ok_name", "PROMO", "Hello there")), 400, 100);
        assertCode(client.post(PATH, TOKEN, body("ok_name", "UTILITY", "{{1}} starts the body here")), 400, 2388299);
        assertCode(
                client.post(PATH, TOKEN, body("ok_name", "UTILITY", "Hi {{1}} and {{3}} friends here")), 400, 2388072);
        assertCode(client.post(PATH, TOKEN, body("ok_name", "UTILITY", "x".repeat(1025))), 400, 2388040);
        assertCode(client.get(PATH, "bad-token"), 401, 190);
    }

    @Test
    void qualityAndPauseFromTheControlApiEmitWebhooks() {
        var id = approvedTemplate("quality_probe", "MARKETING", "Hello {{1}}, a quality probe.", "\"A\"");
        RECEIVER.clear();
        client.put("/sandbox/control/templates/" + id, null, "{\"quality_score\":\"RED\",\"status\":\"PAUSED\"}");
        await().until(() -> events("message_template_status_update", "quality_probe").stream()
                        .anyMatch(v -> v.path("event").asString("").equals("PAUSED"))
                && !events("message_template_quality_update", "quality_probe").isEmpty());
        var quality = events("message_template_quality_update", "quality_probe").getFirst();
        assertThat(Fixtures.paths(quality))
                .containsAll(Fixtures.paths(Fixtures.read("webhooks/template-quality-update.json")
                        .path("entry")
                        .get(0)
                        .path("changes")
                        .get(0)
                        .path("value")));
        assertThat(quality.path("new_quality_score").asString()).isEqualTo("RED");
        var paused = events("message_template_status_update", "quality_probe").stream()
                .filter(v -> v.path("event").asString("").equals("PAUSED"))
                .findFirst()
                .orElseThrow();
        assertThat(paused.path("event").asString()).isEqualTo("PAUSED");
        assertThat(paused.path("other_info").path("title").asString()).isEqualTo("FIRST_PAUSE");
        client.delete(PATH + "?name=quality_probe", TOKEN);
    }

    private static java.util.List<tools.jackson.databind.JsonNode> events(String field, String name) {
        return RECEIVER.values(field).stream()
                .filter(v -> name.equals(v.path("message_template_name").asString("")))
                .toList();
    }

    private static String body(String name, String category, String text) {
        return """
                {"name":"%s","language":"en_US","category":"%s","components":[{"type":"BODY","text":"%s",
                 "example":{"body_text":[["a","b","c"]]}}]}""".formatted(name, category, text);
    }
}

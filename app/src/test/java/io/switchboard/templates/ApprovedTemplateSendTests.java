package io.switchboard.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Templates and the outbound policy together, through the embedded sandbox: a template is refused
 * while Meta reviews it and sent once Meta's webhook approves it.
 */
@PostgresAppTest
class ApprovedTemplateSendTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTemplateIsSentOnlyOnceApproved() {
        var api = new HttpApi(port);
        var sandbox = SandboxWorkspace.find(workspaces, users, keys, jdbc);
        var name = "ready_" + UUID.randomUUID().toString().substring(0, 8);
        var template = api.call(
                        "POST",
                        "/api/v1/templates",
                        sandbox.apiKey(),
                        HttpApi.json(Map.of(
                                "channelId",
                                sandbox.channelId().toString(),
                                "name",
                                name,
                                "language",
                                "en_US",
                                "category",
                                "UTILITY",
                                "body",
                                Map.of(
                                        "text",
                                        "Your repair {{1}} is ready for pick-up today.",
                                        "examples",
                                        Map.of("1", "R-12")))))
                .json();
        var templateId = template.get("id").asString();

        var customer = "4477" + (10_000_000 + (int) (Math.random() * 89_999_999));
        api.call(
                "POST",
                "/sandbox/control/inbound",
                null,
                HttpApi.json(Map.of(
                        "from",
                        customer,
                        "phone_number_id",
                        "100000000000001",
                        "profile_name",
                        "Ada",
                        "message",
                        Map.of("type", "text", "text", Map.of("body", "Is my repair ready?")))));
        var contactId = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/contacts?wa_id=" + customer, sandbox.apiKey()),
                        r -> r.status() == 200 && !r.json().isEmpty())
                .json()
                .get(0)
                .get("id")
                .asString();

        var send = HttpApi.json(Map.of(
                "contactId", contactId,
                "channelId", sandbox.channelId().toString(),
                "content",
                        Map.of(
                                "kind",
                                "template",
                                "name",
                                name,
                                "language",
                                "en_US",
                                "bodyParameters",
                                List.of("R-12"))));
        var draft = api.call("POST", "/api/v1/messages", sandbox.apiKey(), send);
        assertThat(draft.status()).as("a draft is not approved").isEqualTo(422);
        assertThat(draft.json().get("reason").asString()).isEqualTo("TEMPLATE_NOT_APPROVED");

        api.call("POST", "/api/v1/templates/" + templateId + "/submit", sandbox.apiKey(), null);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/templates/" + templateId, sandbox.apiKey())
                                .json()
                                .path("status")
                                .asString(),
                        "APPROVED"::equals);

        var sent = api.call("POST", "/api/v1/messages", sandbox.apiKey(), send);
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().get("reason").asString()).isEqualTo("ACCEPTED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode received = api.get("/sandbox/control/customers/" + customer + "/messages", null)
                    .json();
            assertThat(received.toString()).contains(name);
        });
    }
}

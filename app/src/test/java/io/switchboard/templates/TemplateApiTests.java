package io.switchboard.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.WhatsAppTemplates;
import io.switchboard.templates.internal.MetaJson;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The templates API against the embedded sandbox: rules, submission, review by webhook, sync, delete. */
@PostgresAppTest
class TemplateApiTests {
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

    @Autowired
    TemplateCatalog catalog;

    @Autowired
    WhatsAppTemplates provider;

    HttpApi api;
    SandboxWorkspace sandbox;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        sandbox = SandboxWorkspace.find(workspaces, users, keys, jdbc);
    }

    String draft(String name) {
        return HttpApi.json(Map.of(
                "channelId", sandbox.channelId().toString(),
                "name", name,
                "language", "en_US",
                "category", "UTILITY",
                "header", Map.of("format", "TEXT", "text", "Order {{1}}", "example", "A-17"),
                "body",
                        Map.of(
                                "text",
                                "Hello {{1}}, your order {{2}} has shipped today.",
                                "examples",
                                Map.of("1", "Ana", "2", "A-17")),
                "footer", "Thanks for shopping with us",
                "buttons",
                        List.of(Map.of(
                                "type",
                                "URL",
                                "text",
                                "Track it",
                                "url",
                                "https://shop.example/t/{{1}}",
                                "example",
                                "A-17")),
                "variableMapping", Map.of("1", "name")));
    }

    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode awaitStatus(String id, String status) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/templates/" + id, sandbox.apiKey())
                                .json(),
                        t -> t.path("status").asString().equals(status));
    }

    @Test
    void aBrokenDraftIsAnsweredWithEveryBrokenFieldAndNotStored() {
        var body = HttpApi.json(Map.of(
                "channelId", sandbox.channelId().toString(),
                "name", "Bad Name",
                "language", "english",
                "category", "PROMO",
                "body", Map.of("text", "{{1}}{{2}}", "examples", Map.of()),
                "footer", "Reply {{1}}",
                "buttons", List.of(Map.of("type", "QUICK_REPLY", "text", "x".repeat(26)))));

        var response = api.call("POST", "/api/v1/templates", sandbox.apiKey(), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/problems/invalid-template");
        var fields = response.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
        assertThat(fields)
                .contains("name", "language", "category", "body.text", "body.examples.1", "footer", "buttons[0].text");
        assertThat(api.get("/api/v1/templates", sandbox.apiKey()).body()).doesNotContain("Bad Name");
    }

    @Test
    void aSubmittedTemplateIsApprovedByTheSandboxWebhook() {
        var name = unique("order_shipped");
        var created = api.call("POST", "/api/v1/templates", sandbox.apiKey(), draft(name));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
        var id = created.json().path("id").asString();

        var submitted = api.call("POST", "/api/v1/templates/" + id + "/submit", sandbox.apiKey(), null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().path("providerId").asString()).isNotBlank();

        var approved = awaitStatus(id, "APPROVED");
        assertThat(approved.path("definition").path("variableMapping").path("1").asString())
                .isEqualTo("name");
        var entry = catalog.find(sandbox.workspaceId(), sandbox.channelId(), name, "en_US")
                .orElseThrow();
        assertThat(entry.status()).isEqualTo(TemplateStatus.APPROVED);
        assertThat(entry.category()).isEqualTo(TemplateCategory.UTILITY);
        assertThat(api.call("POST", "/api/v1/templates/" + id + "/submit", sandbox.apiKey(), null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aRejectionKeepsMetasReason() {
        var id = api.call("POST", "/api/v1/templates", sandbox.apiKey(), draft(unique("reject_me")))
                .json()
                .path("id")
                .asString();
        api.call("POST", "/api/v1/templates/" + id + "/submit", sandbox.apiKey(), null);

        var rejected = awaitStatus(id, "REJECTED");

        assertThat(rejected.path("rejectionReason").asString()).contains("INCORRECT_CATEGORY");
    }

    @Test
    void draftsCanBeEditedAndDeleted() {
        var id = api.call("POST", "/api/v1/templates", sandbox.apiKey(), draft(unique("edit_me")))
                .json()
                .path("id")
                .asString();
        var renamed = unique("edited");

        var edited = api.call("PUT", "/api/v1/templates/" + id, sandbox.apiKey(), draft(renamed));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("definition").path("name").asString()).isEqualTo(renamed);
        var broken = api.call("PUT", "/api/v1/templates/" + id, sandbox.apiKey(), draft("Not Valid"));
        assertThat(broken.status()).isEqualTo(400);

        assertThat(api.call("DELETE", "/api/v1/templates/" + id, sandbox.apiKey(), null)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/templates/" + id, sandbox.apiKey()).status())
                .isEqualTo(404);
    }

    @Test
    void deletingASubmittedTemplateDeletesItAtTheProvider() {
        var name = unique("delete_me");
        var id = api.call("POST", "/api/v1/templates", sandbox.apiKey(), draft(name))
                .json()
                .path("id")
                .asString();
        api.call("POST", "/api/v1/templates/" + id + "/submit", sandbox.apiKey(), null);

        assertThat(api.call("DELETE", "/api/v1/templates/" + id, sandbox.apiKey(), null)
                        .status())
                .isEqualTo(204);

        assertThat(providerNames()).doesNotContain(name);
    }

    @Test
    void syncBringsInTemplatesMadeElsewhereOnceAndKeepsThemCurrent() {
        var name = unique("made_in_manager");
        var definition = new TemplateDefinition(
                name,
                "pt_BR",
                "MARKETING",
                "POSITIONAL",
                null,
                new TemplateDefinition.Body("Olá {{1}}, temos novidades para você hoje.", Map.of("1", "Maria")),
                null,
                List.of(),
                Map.of());
        var providerId = provider.submit(sandbox.workspaceId(), sandbox.channelId(), MetaJson.toMeta(definition))
                .providerId();
        var sync = HttpApi.json(Map.of("channelId", sandbox.channelId().toString()));

        var first = api.call("POST", "/api/v1/templates/sync", sandbox.apiKey(), sync);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("created").asInt()).isGreaterThanOrEqualTo(1);
        var second = api.call("POST", "/api/v1/templates/sync", sandbox.apiKey(), sync)
                .json();
        assertThat(second.path("created").asInt()).isZero();

        var stored = api.get("/api/v1/templates", sandbox.apiKey())
                .json()
                .valueStream()
                .filter(t -> t.path("definition").path("name").asString().equals(name))
                .toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().path("providerId").asString()).isEqualTo(providerId);
        assertThat(stored.getFirst()
                        .path("definition")
                        .path("body")
                        .path("examples")
                        .path("1")
                        .asString())
                .isEqualTo("Maria");
    }

    @Test
    void previewRendersSamplesAndListsBrokenRules() {
        var body = HttpApi.json(Map.of(
                "name", "promo",
                "language", "en_US",
                "category", "MARKETING",
                "body", Map.of("text", "Hi {{1}}, use code {{2}} today.", "examples", Map.of("1", "Ana")),
                "samples", Map.of("2", "SUMMER")));

        var preview = api.call("POST", "/api/v1/templates/preview", sandbox.apiKey(), body)
                .json();

        assertThat(preview.path("rendered").path("body").asString()).isEqualTo("Hi Ana, use code SUMMER today.");
        assertThat(preview.path("errors").path(0).path("field").asString()).isEqualTo("body.examples.2");
    }

    List<String> providerNames() {
        return provider.list(sandbox.workspaceId(), sandbox.channelId(), null, 1000).templates().stream()
                .map(t -> t.path("name").asString())
                .toList();
    }
}

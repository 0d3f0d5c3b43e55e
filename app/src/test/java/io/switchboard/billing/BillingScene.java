package io.switchboard.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A tenant with its own number in the embedded sandbox and an approved utility template on it, sending
 * through the real messages API; the sandbox's status webhooks carry Meta's pricing objects.
 */
final class BillingScene {
    final HttpApi api;
    final Tenants.Tenant tenant;
    final SandboxInbox sandbox;

    BillingScene(HttpApi api, Tenants.Tenant tenant) {
        this.api = api;
        this.tenant = tenant;
        this.sandbox = new SandboxInbox(api, tenant);
    }

    /** Creates, submits and waits for Meta's (the sandbox's) approval of a utility template; returns its name. */
    String approvedUtilityTemplate() {
        var name = "invoice_" + UUID.randomUUID().toString().substring(0, 8);
        var template = api.call(
                "POST",
                "/api/v1/templates",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "channelId",
                        sandbox.channelId(),
                        "name",
                        name,
                        "language",
                        "en_US",
                        "category",
                        "UTILITY",
                        "body",
                        Map.of("text", "Your invoice {{1}} is ready.", "examples", Map.of("1", "F-12")))));
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        var id = template.json().get("id").asString();
        var submitted = api.call("POST", "/api/v1/templates/" + id + "/submit", tenant.apiKey(), null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/templates/" + id, tenant.apiKey())
                                .json()
                                .path("status")
                                .asString(),
                        "APPROVED"::equals);
        return name;
    }

    /** A customer who wrote two days ago: a contact whose service window is closed. Returns the contact id. */
    String customerWithClosedWindow(String waId) {
        sandbox.customerWroteAt(
                waId,
                "Hello from last week",
                Instant.now().minus(Duration.ofDays(2)).getEpochSecond());
        return contact(waId);
    }

    /** A customer who writes now through the sandbox: the window is open. Returns the contact id. */
    String customerWritingNow(String waId) {
        sandbox.customerWrites(waId, "Hi, where is my invoice?");
        return contact(waId);
    }

    private String contact(String waId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/contacts?wa_id=" + waId, tenant.apiKey()),
                        r -> r.status() == 200 && !r.json().isEmpty())
                .json()
                .get(0)
                .get("id")
                .asString();
    }

    HttpApi.Response sendTemplate(String contactId, String name) {
        return send(
                contactId,
                Map.of("kind", "template", "name", name, "language", "en_US", "bodyParameters", List.of("F-12")));
    }

    HttpApi.Response sendText(String contactId, String body) {
        return send(contactId, Map.of("kind", "text", "body", body, "previewUrl", false));
    }

    private HttpApi.Response send(String contactId, Map<String, Object> content) {
        return api.call(
                "POST",
                "/api/v1/messages",
                tenant.apiKey(),
                HttpApi.json(Map.of("contactId", contactId, "channelId", sandbox.channelId(), "content", content)));
    }

    /** Waits until Meta (the sandbox) gave the message its wamid and it was delivered; returns the wamid. */
    String delivered(String messageId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/messages/" + messageId, tenant.apiKey())
                                .json(),
                        m -> List.of("DELIVERED", "READ")
                                .contains(m.path("status").asString()))
                .get("providerMessageId")
                .asString();
    }

    JsonNode costs(String groupBy) {
        var response = api.get("/api/v1/billing/costs?groupBy=" + groupBy, tenant.apiKey());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}

package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A tenant with its own sandbox number and an approved MARKETING template on it, and the calls the
 * consent tests make: a customer writes from the sandbox phone, the API sends the template, reads consent.
 */
final class ConsentSandbox {
    final HttpApi api;
    final Tenants.Tenant tenant;
    final SandboxInbox inbox;
    final String template;
    private final JdbcClient jdbc;

    ConsentSandbox(HttpApi api, Tenants.Tenant tenant, JdbcClient jdbc) {
        this.api = api;
        this.tenant = tenant;
        this.jdbc = jdbc;
        this.inbox = new SandboxInbox(api, tenant);
        this.template = "offer_" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.call(
                "POST",
                "/api/v1/templates",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "channelId",
                        inbox.channelId(),
                        "name",
                        template,
                        "language",
                        "en_US",
                        "category",
                        "MARKETING",
                        "body",
                        Map.of(
                                "text",
                                "Spring sale: {{1}} off everything this week.",
                                "examples",
                                Map.of("1", "20%")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        api.call("POST", "/api/v1/templates/" + id + "/submit", tenant.apiKey(), null);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/templates/" + id, tenant.apiKey())
                                .json()
                                .path("status")
                                .asString(),
                        "APPROVED"::equals);
    }

    /** A new customer writes {@code text}; returns the contact's id once the app stored it. */
    String newCustomerWrites(String waId, String text) {
        inbox.customerWrites(waId, text);
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/contacts?wa_id=" + waId, tenant.apiKey()),
                        r -> r.status() == 200 && !r.json().isEmpty())
                .json()
                .get(0)
                .get("id")
                .asString();
    }

    /**
     * The customer writes {@code text} and compliance has handled it (it does so in the transaction that
     * stores the message), so a test can also assert that nothing changed.
     */
    void writesAndIsHandled(String waId, String text) {
        awaitHandled(inbox.customerWrites(waId, text));
    }

    /** The customer taps an interactive reply button of ours titled {@code title}; waits until compliance saw it. */
    void tapsButtonAndIsHandled(String waId, String title) {
        awaitHandled(inbox.customerSends(
                waId,
                Map.of(
                        "type",
                        "interactive",
                        "interactive",
                        Map.of("type", "button_reply", "button_reply", Map.of("id", "b-1", "title", title)))));
    }

    private void awaitHandled(String wamid) {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("""
                                select count(*) from messaging_message where provider_message_id = :wamid""").param("wamid", wamid).query(Integer.class).single() == 1);
    }

    HttpApi.Response sendTemplate(String contactId) {
        return api.call(
                "POST",
                "/api/v1/messages",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "contactId",
                        contactId,
                        "channelId",
                        inbox.channelId(),
                        "content",
                        Map.of(
                                "kind",
                                "template",
                                "name",
                                template,
                                "language",
                                "en_US",
                                "bodyParameters",
                                List.of("20%")))));
    }

    HttpApi.Response grant(String contactId, String proof) {
        return api.call(
                "POST",
                "/api/v1/contacts/" + contactId + "/consent",
                tenant.apiKey(),
                HttpApi.json(Map.of("purpose", "MARKETING", "state", "GRANTED", "proof", proof)));
    }

    JsonNode consent(String contactId) {
        var response = api.get("/api/v1/contacts/" + contactId + "/consent", tenant.apiKey());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The marketing state on record: GRANTED, WITHDRAWN or NONE. */
    String marketing(String contactId) {
        var current = consent(contactId).path("marketing");
        return current.isNull() || current.isMissingNode()
                ? "NONE"
                : current.path("state").asString();
    }

    /** Everything the customer's phone received from this number, as JSON text. */
    String phone(String waId) {
        return phone(api, waId, inbox.phoneNumberId());
    }

    /** Parsed and written again: the sandbox escapes non-ASCII characters as Meta does. */
    static String phone(HttpApi api, String waId, String phoneNumberId) {
        return api.get("/sandbox/control/customers/" + waId + "/messages?phone_number_id=" + phoneNumberId, null)
                .json()
                .toString();
    }
}

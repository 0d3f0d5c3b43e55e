package io.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Starts the sandbox alone on a random port (one context for all test classes) with short delays, and
 * registers a fresh business number pointing at a signature-checking {@link WebhookReceiver}.
 */
@SpringBootTest(
        classes = SandboxApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.sandbox.webhooks.batch-window=20ms",
            "switchboard.sandbox.webhooks.initial-backoff=50ms",
            "switchboard.sandbox.webhooks.max-backoff=200ms",
            "switchboard.sandbox.webhooks.max-attempts=6",
            "switchboard.sandbox.template-review-delay=200ms",
            "switchboard.sandbox.delivered-delay=30ms",
            "switchboard.sandbox.pair-rate-limit.burst=20"
        })
abstract class SandboxTestSupport {
    static final String TOKEN = "test-token";
    static final String SECRET = "test-app-secret";
    static final String VERIFY = "test-verify-token";
    static final String WABA = "209999999999999";
    static final String DISPLAY = "+1 555 0199";
    static final WebhookReceiver RECEIVER = receiver();
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(100);

    @LocalServerPort
    int port;

    SandboxClient client;
    String number;

    @BeforeEach
    void registerNumber() {
        client = new SandboxClient(port);
        client.post("/sandbox/control/reset", null, "{}");
        client.delete("/sandbox/control/faults", null);
        client.put("/sandbox/control/limits", null, "{\"enabled\":true}");
        RECEIVER.clear();
        number = "10999999999" + (1000 + CUSTOMERS.incrementAndGet());
        var registered = client.put("/sandbox/control/numbers/" + number + "/registration", null, """
                {"waba_id":"%s","display_phone_number":"%s","verified_name":"Test Shop","access_token":"%s",
                 "app_secret":"%s","verify_token":"%s","callback_url":"%s","throughput":1000}""".formatted(
                        WABA, DISPLAY, TOKEN, SECRET, VERIFY, RECEIVER.url()));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.json().path("verified").asBoolean()).isTrue();
    }

    /** A new customer number for each call, so pair-rate buckets never carry over between tests. */
    static String newCustomer() {
        return "1650555" + String.format("%04d", CUSTOMERS.incrementAndGet());
    }

    SandboxClient.Response send(String json) {
        return client.post("/sandbox/graph/v23.0/" + number + "/messages", TOKEN, json);
    }

    String sendOk(String json) {
        var response = send(json);
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        return response.json().path("messages").get(0).path("id").asString();
    }

    static String text(String to, String body) {
        return """
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"+%s","type":"text",
                 "text":{"body":"%s"}}""".formatted(to, body);
    }

    /** The customer writes first, which opens the 24 h service window. Returns the inbound wamid. */
    String customerSays(String waId, String body) {
        var response = client.post("/sandbox/control/inbound", null, """
                {"from":"%s","phone_number_id":"%s","profile_name":"Ada","message":{"type":"text","text":{"body":"%s"}}}""".formatted(waId, number, body));
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("id").asString();
    }

    /** Creates a template and waits for the sandbox's review to approve it. */
    String approvedTemplate(String name, String category, String bodyText, String examples) {
        var created = client.post("/sandbox/graph/v23.0/" + WABA + "/message_templates", TOKEN, """
                {"name":"%s","language":"en_US","category":"%s","components":[
                  {"type":"BODY","text":"%s","example":{"body_text":[[%s]]}}]}""".formatted(
                        name, category, bodyText, examples));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
        var id = created.json().path("id").asString();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "APPROVED"
                        .equals(client.get("/sandbox/graph/v23.0/" + id, TOKEN)
                                .json()
                                .path("status")
                                .asString("")));
        return id;
    }

    static String error(SandboxClient.Response response) {
        return response.json().path("error").toString();
    }

    static int code(SandboxClient.Response response) {
        return response.json().path("error").path("code").asInt();
    }

    JsonNode awaitStatus(String wamid, String status) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RECEIVER.statusNames(wamid).contains(status));
        return RECEIVER.statuses(wamid).stream()
                .filter(s -> status.equals(s.path("status").asString("")))
                .findFirst()
                .orElseThrow();
    }

    private static WebhookReceiver receiver() {
        try {
            return new WebhookReceiver(SECRET, VERIFY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

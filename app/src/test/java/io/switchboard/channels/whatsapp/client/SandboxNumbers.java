package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.Secret;
import io.switchboard.testsupport.HttpApi;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers business numbers and plays customers through the embedded sandbox's control API. */
final class SandboxNumbers {
    static final String WABA = "209999999990001";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final HttpApi http;
    private final int port;

    SandboxNumbers(int port) {
        this.http = new HttpApi(port);
        this.port = port;
    }

    /** A new number with its own token and {@code throughput} messages per second, webhooks to {@code sink}. */
    Connection register(WebhookSink sink, String verifyToken, int throughput) {
        var number = "1088888" + String.format("%05d", SEQUENCE.incrementAndGet());
        var token = "sbx-" + UUID.randomUUID();
        var response = http.call("PUT", "/sandbox/control/numbers/" + number + "/registration", null, """
                {"waba_id":"%s","display_phone_number":"+1 555 %s","verified_name":"Client Test Shop",
                 "access_token":"%s","app_secret":"%s","verify_token":"%s","callback_url":"%s","throughput":%d}""".formatted(
                        WABA,
                        number.substring(number.length() - 4),
                        token,
                        UUID.randomUUID(),
                        verifyToken,
                        sink.url(),
                        throughput));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new Connection(
                URI.create("http://localhost:" + port + "/sandbox/graph"), "v23.0", number, WABA, new Secret(token));
    }

    /** A customer number nobody used before, so no window is open and no pair-rate bucket is spent. */
    static String newCustomer() {
        return "+1650777" + String.format("%04d", SEQUENCE.incrementAndGet());
    }

    /** The customer writes to the number, which opens the 24-hour window; returns the inbound wamid. */
    String customerWrites(Connection connection, String customer) {
        var response = http.call("POST", "/sandbox/control/inbound", null, """
                {"from":"%s","phone_number_id":"%s","profile_name":"Ada",
                 "message":{"type":"text","text":{"body":"Hi there"}}}""".formatted(
                        customer.replace("+", ""), connection.phoneNumberId()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("id").asString();
    }

    void stopMarketing(Connection connection, String customer) {
        var response = http.call(
                "POST",
                "/sandbox/control/customers/" + customer.replace("+", "") + "/stop-marketing?phone_number_id="
                        + connection.phoneNumberId(),
                null,
                "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Creates a template through the Graph API and approves it at once through the control API. */
    void approvedTemplate(Connection connection, String name, String category, String body, String examples) {
        var created = http.call(
                "POST",
                "/sandbox/graph/v23.0/" + WABA + "/message_templates",
                connection.accessToken().value(),
                """
                {"name":"%s","language":"en_US","category":"%s","components":[
                  {"type":"BODY","text":"%s","example":{"body_text":[[%s]]}}]}""".formatted(name, category, body, examples));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        var id = created.json().path("id").asString();
        var approved = http.call("PUT", "/sandbox/control/templates/" + id, null, "{\"status\":\"APPROVED\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    void faults(String json) {
        var response = http.call("PUT", "/sandbox/control/faults", null, json);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    void clearFaults() {
        http.call("DELETE", "/sandbox/control/faults", null, null);
    }
}

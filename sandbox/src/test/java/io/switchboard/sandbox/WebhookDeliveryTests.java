package io.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTests extends SandboxTestSupport {

    @Test
    void inboundMessageWebhookIsSignedAndShapedLikeMetas() {
        var from = newCustomer();
        var wamid = customerSays(from, "Does it come in another color?");
        await().until(() -> !RECEIVER.values("messages").isEmpty());
        var delivery = RECEIVER.deliveries().getFirst();
        assertThat(delivery.signatureValid()).isTrue();
        assertThat(Fixtures.paths(delivery.json()))
                .containsAll(Fixtures.paths(Fixtures.read("webhooks/text-message.json")));
        var value = RECEIVER.values("messages").getFirst();
        assertThat(value.path("metadata").path("phone_number_id").asString()).isEqualTo(number);
        assertThat(value.path("metadata").path("display_phone_number").asString())
                .isEqualTo("15550199");
        assertThat(value.path("contacts").get(0).path("user_id").asString()).matches("US\\.[0-9]+");
        var message = value.path("messages").get(0);
        assertThat(message.path("id").asString()).isEqualTo(wamid);
        assertThat(message.path("timestamp").isString()).isTrue();
    }

    @Test
    void statusesGoSentDeliveredReadWithPricingAndOpaqueData() {
        var to = newCustomer();
        customerSays(to, "hi");
        var wamid = sendOk(text(to, "reply")
                .replace("\"type\":\"text\"", "\"biz_opaque_callback_data\":\"outbox-42\",\"type\":\"text\""));
        awaitStatus(wamid, "delivered");
        client.post("/sandbox/control/customers/" + to + "/read?phone_number_id=" + number, null, "{}");
        awaitStatus(wamid, "read");
        assertThat(RECEIVER.statusNames(wamid)).containsExactly("sent", "delivered", "read");
        var sent = RECEIVER.statuses(wamid).getFirst();
        var fixture = Fixtures.read("webhooks/status-sent-pmp.json")
                .path("entry")
                .get(0)
                .path("changes")
                .get(0)
                .path("value")
                .path("statuses")
                .get(0);
        assertThat(Fixtures.paths(sent)).containsAll(Fixtures.paths(fixture));
        assertThat(sent.path("pricing").path("pricing_model").asString()).isEqualTo("PMP");
        assertThat(sent.path("pricing").path("type").asString()).isEqualTo("free_customer_service");
        assertThat(sent.path("pricing").path("category").asString()).isEqualTo("service");
        assertThat(RECEIVER.statuses(wamid))
                .allMatch(s -> s.path("biz_opaque_callback_data").asString("").equals("outbox-42"));
        assertThat(RECEIVER.statuses(wamid).get(2).has("pricing")).isFalse();
        var history = client.get("/sandbox/control/customers/" + to + "/messages", null)
                .json()
                .path("messages");
        assertThat(history.get(1).path("status").asString()).isEqualTo("read");
    }

    @Test
    void eventsInTheBatchWindowShareOnePost() throws Exception {
        var to = newCustomer();
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 6; i++) {
                var text = "message " + i;
                executor.submit(() -> customerSays(to, text));
            }
        }
        await().until(() -> RECEIVER.values("messages").size() == 6);
        assertThat(RECEIVER.deliveries()).hasSizeLessThan(6);
        assertThat(RECEIVER.deliveries())
                .anyMatch(d -> d.json().path("entry").get(0).path("changes").size() > 1);
    }

    @Test
    void failedDeliveriesAreRetriedWithBackoff() {
        RECEIVER.failNext(2);
        var start = System.nanoTime();
        customerSays(newCustomer(), "retry me");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RECEIVER.values("messages").size() == 1);
        // Backoff 50 ms then 100 ms before the third attempt.
        assertThat(RECEIVER.deliveries().getFirst().receivedNanos() - start).isGreaterThan(140_000_000L);
        var stats = client.get("/sandbox/control/stats", null).json().path("webhooks");
        assertThat(stats.path("failed").asInt()).isEqualTo(2);
        assertThat(stats.path("retried").asInt()).isEqualTo(2);
        assertThat(stats.path("delivered").asInt()).isEqualTo(1);
    }

    /**
     * Why {@link #failedDeliveriesAreRetriedWithBackoff} once saw two deliveries: a POST of the previous
     * test was on the wire during the reset, failed, and its retry (or its counters) landed in the next test.
     */
    @Test
    void aResetForgetsADeliveryUnderWay() throws Exception {
        RECEIVER.failNext(1);
        var gate = RECEIVER.holdPosts();
        customerSays(newCustomer(), "before the reset");
        await().until(() -> RECEIVER.held() == 1);
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var reset = pool.submit(() -> client.post("/sandbox/control/reset", null, "{}"));
            // The reset waits for the POST under way instead of letting it finish afterwards.
            await().during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(2)).until(() -> !reset.isDone());
            gate.countDown();
            assertThat(reset.get().status()).isEqualTo(200);
        }
        // The POST failed (500): before the fix its retry was scheduled after the reset and delivered.
        await().during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(2))
                .until(() -> RECEIVER.values("messages").isEmpty());
        var stats = client.get("/sandbox/control/stats", null).json().path("webhooks");
        assertThat(stats.path("failed").asInt()).isZero();
        assertThat(stats.path("retried").asInt()).isZero();
        assertThat(stats.path("delivered").asInt()).isZero();
    }

    @Test
    void duplicateAndDropFaultsAreObservable() {
        client.put("/sandbox/control/faults", null, "{\"duplicate_webhook_rate\":1.0}");
        customerSays(newCustomer(), "twice");
        await().until(() -> RECEIVER.deliveries().size() == 2);
        assertThat(RECEIVER.deliveries().get(0).body())
                .isEqualTo(RECEIVER.deliveries().get(1).body());

        RECEIVER.clear();
        client.put("/sandbox/control/faults", null, "{\"drop_webhook_rate\":1.0}");
        customerSays(newCustomer(), "late");
        await().until(() -> RECEIVER.deliveries().size() == 1);
        assertThat(client.get("/sandbox/control/stats", null)
                        .json()
                        .path("webhooks")
                        .path("dropped")
                        .asInt())
                .isEqualTo(1);
        assertThat(client.get("/sandbox/control/faults", null)
                        .json()
                        .path("drop_webhook_rate")
                        .asDouble())
                .isEqualTo(1.0);
    }

    @Test
    void reorderFaultDeliversDeliveredBeforeSent() {
        client.put("/sandbox/control/faults", null, "{\"reorder_webhooks\":true}");
        var to = newCustomer();
        customerSays(to, "hi");
        var wamid = sendOk(text(to, "out of order"));
        await().until(() -> RECEIVER.statusNames(wamid).size() == 2);
        assertThat(RECEIVER.statusNames(wamid)).containsExactly("delivered", "sent");
    }

    @Test
    void injectedErrorsAndLatencyApplyToSends() {
        client.put("/sandbox/control/faults", null, "{\"error_rate\":1.0,\"error_code\":131000,\"latency_ms\":100}");
        var start = System.nanoTime();
        var response = send(text(newCustomer(), "x"));
        assertThat(System.nanoTime() - start).isGreaterThan(100_000_000L);
        SendMessagesTests.assertCode(response, 500, 131000);
    }
}

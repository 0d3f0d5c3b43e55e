package io.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invariant 2 end to end: the embedded sandbox duplicates, drops (then retries) and reorders its signed
 * webhooks, as Meta may; the app still stores each customer message exactly once.
 */
@PostgresAppTest
class SandboxFaultsEndToEndTests {
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

    @AfterEach
    void healTheSandbox() {
        new HttpApi(port).call("DELETE", "/sandbox/control/faults", null, null);
    }

    @Test
    void duplicatedDroppedAndReorderedWebhooksStoreEachMessageOnce() {
        var api = new HttpApi(port);
        new Tenants(workspaces, users, keys).create("Maybe the first workspace");
        var workspace = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql("select workspace_id from channels_channel where sandbox = true")
                                .query(UUID.class)
                                .optional(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        var key = keys.create(WorkspaceId.of(workspace), "fault test", null).secret();

        var faults = api.call(
                "PUT",
                "/sandbox/control/faults",
                null,
                HttpApi.json(
                        Map.of("duplicate_webhook_rate", 1.0, "drop_webhook_rate", 0.3, "reorder_webhooks", true)));
        assertThat(faults.status()).isEqualTo(200);

        var customer = "3912" + (10_000_000 + (int) (Math.random() * 89_999_999));
        var sent = new HashSet<String>();
        for (int i = 0; i < 12; i++) {
            var inbound = api.call(
                    "POST",
                    "/sandbox/control/inbound",
                    null,
                    HttpApi.json(Map.of(
                            "from",
                            customer,
                            "phone_number_id",
                            "100000000000001",
                            "profile_name",
                            "Faulty Line",
                            "message",
                            Map.of("type", "text", "text", Map.of("body", "message " + i)))));
            assertThat(inbound.status()).isEqualTo(200);
            sent.add(inbound.json().get("id").asString());
        }

        var contactId = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/contacts?wa_id=" + customer, key),
                        r -> r.status() == 200 && !r.json().isEmpty())
                .json()
                .get(0)
                .get("id")
                .asString();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            var messages = api.get("/api/v1/contacts/" + contactId + "/messages?limit=100", key)
                    .json();
            var stored = new HashSet<String>();
            var items = messages;
            items.forEach(m -> stored.add(m.get("providerMessageId").asString()));
            assertThat(items.size()).as("no duplicates").isEqualTo(12);
            assertThat(stored).isEqualTo(sent);
        });
        var stats = api.get("/sandbox/control/stats", null).json().get("webhooks");
        assertThat(stats.get("duplicated").asLong())
                .as("the sandbox really duplicated")
                .isPositive();
    }
}

package io.switchboard.channels;

import static io.switchboard.channels.Payloads.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.whatsapp.internal.WebhookWorker;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The webhook worker's several loops on PostgreSQL, its batches and the poison-event fallback. */
@PostgresAppTest
class WebhookWorkerConcurrencyTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    ChannelManagement channels;

    @Autowired
    WebhookWorker worker;

    @Autowired
    JdbcClient jdbc;

    FixtureWorkspace ws;
    Webhooks hooks;

    @BeforeEach
    void createWorkspace() {
        ws = FixtureWorkspace.create(new Tenants(workspaces, users, keys), channels, null);
        hooks = new Webhooks(port);
    }

    @Test
    void severalLoopsProcessEachEventExactlyOnce() throws Exception {
        assertThat(worker.loops()).as("loops on PostgreSQL").isGreaterThan(1);
        var total = 300;
        // Posted from several threads while the loops run, so that claims overlap with intake.
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var i = 0; i < total; i++) {
                var n = i;
                pool.submit(() -> post(message("1650555" + (n % 7), "wamid.loop" + n, n)));
            }
        }
        awaitDone(total);
        assertThat(count("select count(*) from channels_webhook_event where workspace_id = :ws and attempts <> 1"))
                .as("events claimed more than once")
                .isZero();
        assertThat(count("select count(*) from messaging_message where workspace_id = :ws"))
                .isEqualTo(total);
    }

    @Test
    void aPoisonEventFailsAloneAndTheRestOfItsBatchIsStored() {
        worker.stop();
        try {
            for (var i = 0; i < 10; i++) {
                post(message("16505551234", "wamid.batch" + i, i));
                if (i == 4) {
                    // Signed, so it is stored, but not JSON: processing it throws.
                    var poison = "{\"object\":".getBytes(StandardCharsets.UTF_8);
                    assertThat(hooks.postSigned(poison, ws.appSecret())).isEqualTo(200);
                }
            }
            assertThat(worker.drainOnce()).as("one batch").isGreaterThanOrEqualTo(11);
        } finally {
            worker.start();
        }
        assertThat(count("select count(*) from messaging_message where workspace_id = :ws"))
                .isEqualTo(10);
        assertThat(count("select count(*) from channels_webhook_event where workspace_id = :ws and status = 'DONE'"))
                .isEqualTo(10);
        assertThat(
                        count(
                                "select count(*) from channels_webhook_event where workspace_id = :ws and status = 'FAILED' and attempts = 1"))
                .as("the poison event, scheduled for a retry")
                .isEqualTo(1);
    }

    private static String message(String waId, String wamid, int n) {
        return Payloads.messages(
                PHONE, waId, "Sheena", List.of(Payloads.text(waId, wamid, 1_700_000_000 + n, "m" + n)));
    }

    private void post(String value) {
        assertThat(hooks.postSigned(Payloads.single(value), ws.appSecret())).isEqualTo(200);
    }

    private long count(String sql) {
        return jdbc.sql(sql)
                .param("ws", ws.tenant().workspaceId().value())
                .query(Long.class)
                .single();
    }

    private void awaitDone(int expected) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                count(
                                        "select count(*) from channels_webhook_event where workspace_id = :ws and status = 'DONE'"))
                        .isEqualTo(expected));
    }
}

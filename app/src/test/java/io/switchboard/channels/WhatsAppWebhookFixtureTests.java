package io.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every Meta fixture through the real endpoint: refused unsigned or mis-signed (nothing stored), accepted
 * when signed over the exact file bytes, processed into the right records, and a second delivery changes
 * nothing (invariant 2).
 */
@PostgresAppTest
class WhatsAppWebhookFixtureTests {
    static FakeGraph graph;

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
    ContactManagement contacts;

    @Autowired
    MessageManagement messages;

    @Autowired
    ServiceWindows windows;

    @Autowired
    EventLog events;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startGraph() {
        graph = new FakeGraph(FixtureWorkspace.TOKEN);
    }

    @AfterAll
    static void stopGraph() {
        graph.close();
    }

    static List<String> fixtures() {
        return Webhooks.FIXTURES;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureIsVerifiedStoredProcessedAndIdempotent(String fixture) {
        var ws = FixtureWorkspace.create(new Tenants(workspaces, users, keys), channels, graph.base());
        var hooks = new Webhooks(port);
        var body = Webhooks.fixture(fixture);
        prepare(fixture, ws);

        assertThat(hooks.post(body, null)).as("unsigned").isEqualTo(401);
        assertThat(hooks.post(body, Webhooks.sign(body, "not-the-app-secret")))
                .as("wrong secret")
                .isEqualTo(401);
        assertThat(hooks.post(body, "sha256=zz")).as("garbage signature").isEqualTo(401);
        assertThat(rawEvents(ws)).as("nothing stored for refused webhooks").isZero();

        assertThat(hooks.postSigned(body, ws.appSecret())).isEqualTo(200);
        awaitProcessed(ws, 1);
        var first = state(ws);
        check(fixture, ws);

        assertThat(hooks.postSigned(body, ws.appSecret())).isEqualTo(200);
        awaitProcessed(ws, 2);
        assertThat(state(ws)).as("state after the same webhook twice").isEqualTo(first);
        check(fixture, ws);
    }

    private void prepare(String fixture, FixtureWorkspace ws) {
        if (!fixture.startsWith("status-")) {
            return;
        }
        // Statuses need the outbound message they are about; record it as the Cloud API client would.
        var value = value(fixture);
        var status = value.get("statuses").get(0);
        var phone = value.get("metadata").get("phone_number_id").asString();
        var workspace = ws.tenant().workspaceId();
        var contact = contacts.findOrCreateByWhatsApp(
                workspace, new WhatsAppIdentity(status.get("recipient_id").asString(), null, null, null));
        messages.recordOutbound(
                workspace,
                ws.byPhone().get(phone),
                contact,
                status.get("id").asString(),
                "text",
                "{\"kind\":\"text\",\"body\":\"hello\"}",
                null,
                Instant.ofEpochSecond(1_600_000_000L));
    }

    private void check(String fixture, FixtureWorkspace ws) {
        new FixtureExpectations(new HttpApi(port), ws, jdbc, events, windows, value(fixture)).check(fixture);
    }

    private static JsonNode value(String fixture) {
        var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Webhooks.fixture(fixture));
        return root.get("entry").get(0).get("changes").get(0).get("value");
    }

    private long rawEvents(FixtureWorkspace ws) {
        return jdbc.sql("select count(*) from channels_webhook_event where workspace_id = :ws")
                .param("ws", ws.tenant().workspaceId().value())
                .query(Long.class)
                .single();
    }

    private void awaitProcessed(FixtureWorkspace ws, int expected) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from channels_webhook_event where workspace_id = :ws and status = 'DONE'")
                                .param("ws", ws.tenant().workspaceId().value())
                                .query(Long.class)
                                .single())
                        .isEqualTo(expected));
    }

    /** Everything a webhook can change, for one workspace. */
    private Map<String, Object> state(FixtureWorkspace ws) {
        var id = ws.tenant().workspaceId().value();
        return Map.of(
                "messages",
                        jdbc.sql(
                                        "select provider_message_id || ':' || status || ':' || contact_id from messaging_message where workspace_id = :ws order by 1")
                                .param("ws", id)
                                .query(String.class)
                                .list(),
                "statuses",
                        jdbc.sql("select count(*) from messaging_message_status where workspace_id = :ws")
                                .param("ws", id)
                                .query(Long.class)
                                .single(),
                "contacts",
                        jdbc.sql("select count(*) from contacts_contact where workspace_id = :ws")
                                .param("ws", id)
                                .query(Long.class)
                                .single(),
                "identities",
                        jdbc.sql(
                                        "select kind || '=' || identity_value from contacts_identity where workspace_id = :ws order by 1")
                                .param("ws", id)
                                .query(String.class)
                                .list(),
                "media",
                        jdbc.sql("select count(*) from channels_media where workspace_id = :ws")
                                .param("ws", id)
                                .query(Long.class)
                                .single(),
                "windows",
                        jdbc.sql("select count(*) from messaging_service_window where workspace_id = :ws")
                                .param("ws", id)
                                .query(Long.class)
                                .single(),
                "inboundEvents",
                        events.of(io.switchboard.messaging.InboundMessageReceived.class).stream()
                                .filter(e -> e.workspaceId().equals(ws.tenant().workspaceId()))
                                .count(),
                "statusEvents",
                        events.of(io.switchboard.messaging.MessageStatusChanged.class).stream()
                                .filter(e -> e.workspaceId().equals(ws.tenant().workspaceId()))
                                .count());
    }
}

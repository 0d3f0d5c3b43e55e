package io.switchboard.channels;

import static io.switchboard.channels.Payloads.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.whatsapp.internal.WebhookWorker;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.StoredMessage;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ordering, batching, media, number changes and the worker's crash and concurrency behaviour, on PostgreSQL. */
@PostgresAppTest
class WebhookProcessingTests {
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
    MediaLibrary media;

    @Autowired
    WebhookWorker worker;

    @Autowired
    JdbcClient jdbc;

    FixtureWorkspace ws;
    Webhooks hooks;

    @BeforeAll
    static void startGraph() {
        graph = new FakeGraph(FixtureWorkspace.TOKEN);
    }

    @AfterAll
    static void stopGraph() {
        graph.close();
    }

    @BeforeEach
    void createWorkspace() {
        ws = FixtureWorkspace.create(new Tenants(workspaces, users, keys), channels, graph.base());
        hooks = new Webhooks(port);
    }

    @Test
    void statusesOnlyMoveForwardWhateverTheirOrder() {
        var wamid = outbound("16505551234");
        post(Payloads.statuses(PHONE, List.of(Payloads.status(wamid, "read", 1_700_000_300))));
        post(Payloads.statuses(PHONE, List.of(Payloads.status(wamid, "delivered", 1_700_000_200))));
        post(Payloads.statuses(PHONE, List.of(Payloads.status(wamid, "sent", 1_700_000_100))));
        post(Payloads.statuses(PHONE, List.of(Payloads.status(wamid, "read", 1_700_000_300))));
        awaitDone(4);
        var message = message("16505551234");
        assertThat(message.status()).isEqualTo(MessageStatus.READ);
        assertThat(message.history()).extracting(h -> h.status()).containsExactly("sent", "delivered", "read");

        post(Payloads.statuses(PHONE, List.of(Payloads.status(wamid, "played", 1_700_000_400))));
        awaitDone(5);
        assertThat(message("16505551234").status()).isEqualTo(MessageStatus.PLAYED);
    }

    @Test
    void aDeliveryAfterAFailureIsStillAccepted() {
        var wamid = outbound("16505551234");
        post(Payloads.statuses(
                PHONE,
                List.of(Payloads.status(wamid, "failed", 1_700_000_100)
                        .replace("}", ",\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\"}]}"))));
        awaitDone(1);
        assertThat(message("16505551234").status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message("16505551234").errorCode()).isEqualTo(131026);
        post(Payloads.statuses(PHONE, List.of(Payloads.status(wamid, "delivered", 1_700_000_200))));
        awaitDone(2);
        assertThat(message("16505551234").status()).isEqualTo(MessageStatus.DELIVERED);
    }

    @Test
    void aStatusBeforeItsMessageIsAppliedWhenTheMessageIsRecorded() {
        var wamid = "wamid.early-" + UUID.randomUUID();
        post(Payloads.statuses(PHONE, List.of(Payloads.status(wamid, "delivered", 1_700_000_200))));
        awaitDone(1);
        var contact =
                contacts.findOrCreateByWhatsApp(workspace(), new WhatsAppIdentity("16505551234", null, null, null));
        messages.recordOutbound(
                workspace(), ws.byPhone().get(PHONE), contact, wamid, "text", "{}", null, Instant.now());
        assertThat(message("16505551234").status()).isEqualTo(MessageStatus.DELIVERED);
    }

    @Test
    void everyEntryChangeMessageAndStatusOfABatchIsProcessed() {
        var wamid = outbound("16505551234");
        var entries = new ArrayList<String>();
        for (var e = 0; e < 2; e++) {
            var values = new ArrayList<String>();
            for (var c = 0; c < 2; c++) {
                var texts = new ArrayList<String>();
                for (var m = 0; m < 3; m++) {
                    texts.add(Payloads.text(
                            "4930" + e + c + m + "00000", "wamid.batch-" + e + c + m, 1_700_000_000 + m, "hi " + m));
                }
                values.add(Payloads.messages(PHONE, "4930" + e + c + "000000", "Batch", texts));
            }
            values.add(Payloads.statuses(
                    PHONE, List.of(Payloads.status(wamid, e == 0 ? "delivered" : "read", 1_700_000_500 + e))));
            entries.add(Payloads.entry(Payloads.WABA, values));
        }
        assertThat(hooks.postSigned(Payloads.envelope(entries), ws.appSecret())).isEqualTo(200);
        awaitDone(1);
        assertThat(count("select count(*) from messaging_message where workspace_id = :ws and direction = 'IN'"))
                .isEqualTo(12);
        assertThat(count("select count(*) from contacts_contact where workspace_id = :ws"))
                .isEqualTo(13);
        assertThat(message("16505551234").status()).isEqualTo(MessageStatus.READ);
    }

    @Test
    void mediaIsDownloadedVerifiedAndStoredOnDisk() throws Exception {
        var mediaId = "media-" + UUID.randomUUID();
        var image = """
                {"from":"16505551234","id":"wamid.img-%s","timestamp":"1700000000","type":"image",
                 "image":{"caption":"a photo","mime_type":"image/jpeg","sha256":"%s","id":"%s"}}""".formatted(mediaId, FakeGraph.base64Sha(mediaId), mediaId);
        post(Payloads.messages(PHONE, "16505551234", "Sheena", List.of(image)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                media.find(workspace(), ws.byPhone().get(PHONE), mediaId)
                                        .orElseThrow()
                                        .status())
                        .isEqualTo("STORED"));
        var stored = media.find(workspace(), ws.byPhone().get(PHONE), mediaId).orElseThrow();
        assertThat(stored.mimeType()).isEqualTo("image/jpeg");
        assertThat(stored.sha256()).isEqualTo(FakeGraph.hex(FakeGraph.bytes(mediaId)));
        assertThat(Files.readAllBytes(Path.of(String.valueOf(stored.path())))).isEqualTo(FakeGraph.bytes(mediaId));
        assertThat(stored.path().toString()).contains("media", workspace().toString());
    }

    @Test
    void aChangedNumberMovesTheContact() {
        post(Payloads.messages(
                PHONE,
                "16505551234",
                "Sheena",
                List.of(Payloads.text("16505551234", "wamid.n1", 1_700_000_000, "hello"))));
        awaitDone(1);
        var before =
                contacts.findByWaId(workspace(), "16505551234").orElseThrow().id();
        assertThat(hooks.postSigned(Webhooks.fixture("system-customer-changed-number.json"), ws.appSecret()))
                .isEqualTo(200);
        awaitDone(2);
        assertThat(contacts.findByWaId(workspace(), "16505551234")).isEmpty();
        var after = contacts.findByWaId(workspace(), "12195555358").orElseThrow();
        assertThat(after.id()).isEqualTo(before);
        assertThat(after.phone()).isEqualTo("+12195555358");
    }

    @Autowired
    EventLog events;

    @Test
    void preferencesNameAndCapabilityUpdatesBecomeEvents() {
        // Shapes from reference §7 (no published full fixture for these fields).
        var body = """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","time":1750000000,"changes":[
                 {"field":"user_preferences","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
                  "contacts":[{"wa_id":"16505551234","profile":{"name":"Sheena"}}],
                  "user_preferences":[{"wa_id":"16505551234","detail":"User requested to stop marketing messages","category":"marketing_messages","value":"stop","timestamp":1750000001}]}},
                 {"field":"phone_number_name_update","value":{"display_phone_number":"15550783881","decision":"APPROVED","requested_verified_name":"Lucky Shrub","rejection_reason":null}},
                 {"field":"business_capability_update","value":{"max_daily_conversations_per_business":2000,"max_phone_numbers_per_business":2}},
                 {"field":"some_future_field","value":{"anything":true}}]}]}""".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(hooks.postSigned(body, ws.appSecret())).isEqualTo(200);
        awaitDone(1);
        assertThat(events.of(MarketingPreferenceChanged.class))
                .anyMatch(e -> e.workspaceId().equals(workspace())
                        && "stop".equals(e.value())
                        && "16505551234".equals(e.waId())
                        && e.occurredAt().equals(Instant.ofEpochSecond(1750000001)));
        assertThat(events.of(PhoneNumberNameChanged.class))
                .anyMatch(e -> e.workspaceId().equals(workspace()) && "APPROVED".equals(e.decision()));
        assertThat(channels.channel(workspace(), ws.byPhone().get(PHONE)).verifiedName())
                .isEqualTo("Lucky Shrub");
        assertThat(events.of(AccountUpdated.class))
                .anyMatch(e -> e.workspaceId().equals(workspace())
                        && "CAPABILITY_UPDATE".equals(e.event())
                        && "2000".equals(e.detail()));
    }

    @Test
    void handshakeEchoesTheChallengeOnlyForAKnownVerifyToken() {
        var ok = hooks.get("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=" + ws.verifyToken());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(hooks.get("hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong")
                        .statusCode())
                .isEqualTo(403);
        assertThat(hooks.get("hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=" + ws.verifyToken())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anEventLeftPendingByAStoppedOrCrashedWorkerIsProcessedLater() {
        worker.stop();
        try {
            post(Payloads.messages(
                    PHONE,
                    "16505551234",
                    "Sheena",
                    List.of(Payloads.text("16505551234", "wamid.p1", 1_700_000_000, "one"))));
            post(Payloads.messages(
                    PHONE,
                    "16505551234",
                    "Sheena",
                    List.of(Payloads.text("16505551234", "wamid.p2", 1_700_000_001, "two"))));
            assertThat(
                            count(
                                    "select count(*) from channels_webhook_event where workspace_id = :ws and status = 'PENDING'"))
                    .isEqualTo(2);
            // A worker that died mid-event leaves it PROCESSING with a lease; once the lease ran out it is due again.
            jdbc.sql(
                            "update channels_webhook_event set status = 'PROCESSING', attempts = 1, next_attempt_at = :past where workspace_id = :ws and body like '%wamid.p2%'")
                    .param("past", Instant.now().minusSeconds(1).atOffset(java.time.ZoneOffset.UTC))
                    .param("ws", workspace().value())
                    .update();
        } finally {
            worker.start();
        }
        awaitDone(2);
        assertThat(count("select count(*) from messaging_message where workspace_id = :ws"))
                .isEqualTo(2);
    }

    @Test
    void twoWorkersNeverProcessTheSameEvent() throws Exception {
        var total = 60;
        worker.stop();
        try {
            for (var i = 0; i < total; i++) {
                post(Payloads.messages(
                        PHONE,
                        "16505551234",
                        "Sheena",
                        List.of(Payloads.text("16505551234", "wamid.c" + i, 1_700_000_000 + i, "m" + i))));
            }
            try (var pool = Executors.newFixedThreadPool(2)) {
                var results = new ArrayList<java.util.concurrent.Future<Integer>>();
                for (var t = 0; t < 2; t++) {
                    results.add(pool.submit(() -> {
                        var claimed = 0;
                        for (int n; (n = worker.drainOnce()) > 0; ) {
                            claimed += n;
                        }
                        return claimed;
                    }));
                }
                var claimed = 0;
                for (var r : results) {
                    claimed += r.get();
                }
                assertThat(claimed).as("claims across both workers").isGreaterThanOrEqualTo(total);
            }
        } finally {
            worker.start();
        }
        awaitDone(total);
        assertThat(count("select count(*) from channels_webhook_event where workspace_id = :ws and attempts <> 1"))
                .as("events claimed more than once")
                .isZero();
        assertThat(count("select count(*) from messaging_message where workspace_id = :ws"))
                .isEqualTo(total);
    }

    private String outbound(String waId) {
        var wamid = "wamid.out-" + UUID.randomUUID();
        var contact = contacts.findOrCreateByWhatsApp(workspace(), new WhatsAppIdentity(waId, null, null, null));
        messages.recordOutbound(
                workspace(), ws.byPhone().get(PHONE), contact, wamid, "text", "{}", null, Instant.now());
        return wamid;
    }

    private StoredMessage message(String waId) {
        var contact = contacts.findByWaId(workspace(), waId).orElseThrow().id();
        return messages.messages(workspace(), contact, null, 10).getFirst();
    }

    private void post(String value) {
        assertThat(hooks.postSigned(Payloads.single(value), ws.appSecret())).isEqualTo(200);
    }

    private io.switchboard.workspace.WorkspaceId workspace() {
        return ws.tenant().workspaceId();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("ws", workspace().value()).query(Long.class).single();
    }

    private void awaitDone(int expected) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                count(
                                        "select count(*) from channels_webhook_event where workspace_id = :ws and status = 'DONE'"))
                        .isEqualTo(expected));
    }
}

package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testsupport.ChildApp;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.TestDatabases;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The broadcast crash test: Switchboard runs in a JVM of its own on its own PostgreSQL database, sends a
 * marketing campaign to the sandbox of this test's app (10,000 recipients, 90% of them with marketing
 * consent), is killed with SIGKILL in the middle and started again on the same data. Afterwards every
 * consenting recipient has exactly one message at the sandbox, and the others none.
 *
 * <p>{@code -Dcrash.recipients=N} changes the size. The sandbox retries webhooks the dead app missed every
 * two seconds, so the statuses of sends that reached it before the kill settle their rows; the rows that
 * were marked SENDING but never left are resent after the (shortened) grace.
 */
@PostgresAppTest
@TestPropertySource(
        properties = {
            "switchboard.sandbox.template-review-delay=500ms",
            "switchboard.sandbox.webhooks.max-backoff=2s",
            "switchboard.sandbox.webhooks.max-attempts=500",
            "switchboard.sandbox.max-messages=400000"
        })
class CampaignCrashTests {
    private static final Logger log = LoggerFactory.getLogger(CampaignCrashTests.class);
    private static final int RECIPIENTS = Integer.getInteger("crash.recipients", 10_000);
    private static final String TEMPLATE_BODY = "Hello {{1}}, our sale starts today.";

    @LocalServerPort
    int port;

    @Test
    void killedMidBroadcastAndRestartedEveryConsentingRecipientGetsExactlyOneMessage() throws Exception {
        var sandbox = new HttpApi(port);
        var database = TestDatabases.newPostgresDatabase();
        try (var app = new ChildApp(
                database,
                Map.of(
                        "SWITCHBOARD_MESSAGING_IN_FLIGHT_TIMEOUT", "5s",
                        "SWITCHBOARD_MESSAGING_RECONCILE_GRACE", "40s"))) {
            app.start();
            var api = app.api();
            var key = app.apiKey();
            var number = connect(sandbox, app);
            var template = approvedMarketingTemplate(api, key, number.channelId());

            // Customers: every phone number is new to the sandbox; 90% of them said yes to marketing.
            var base = 390_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 9_000_000_000L);
            var phones = IntStream.range(0, RECIPIENTS)
                    .mapToObj(i -> Long.toString(base + i * 7L))
                    .toList();
            var contacts = importContacts(api, key, database, phones);
            var consenting = phones.stream()
                    .filter(p -> Math.floorMod(p.hashCode(), 10) != 0)
                    .collect(Collectors.toSet());
            grantMarketing(api, key, consenting.stream().map(contacts::get).toList());

            var created = api.call(
                    "POST",
                    "/api/v1/campaigns",
                    key,
                    HttpApi.json(Map.of(
                            "name",
                            "Crash test",
                            "channelId",
                            number.channelId(),
                            "templateName",
                            template,
                            "templateLanguage",
                            "en_US",
                            "parameters",
                            List.of(Map.of("value", "friend")),
                            "audience",
                            Map.of("contactIds", new ArrayList<>(contacts.values())))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            var campaign = created.json().get("id").asString();
            var launched = api.call("POST", "/api/v1/campaigns/" + campaign + "/launch", key, "{}");
            assertThat(launched.status()).as(launched.body()).isBetween(200, 202);

            // Kill it once a third of the sends have gone out.
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> count(database, "select count(*) from messaging_outbox where state <> 'QUEUED'")
                            >= consenting.size() / 3);
            app.kill();
            var inFlight = count(database, "select count(*) from messaging_outbox where state = 'SENDING'");
            var queued = count(database, "select count(*) from messaging_outbox where state = 'QUEUED'");
            var unprepared = count(database, "select count(*) from campaigns_recipient where state = 'PENDING'");
            log.info(
                    "Killed mid-run: {} outbox rows SENDING, {} QUEUED, {} recipients not yet handed over",
                    inFlight,
                    queued,
                    unprepared);
            assertThat(queued + unprepared)
                    .as("the kill came mid-run, with sends still to do")
                    .isPositive();

            app.start();
            await().atMost(Duration.ofMinutes(8))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> "COMPLETED"
                                    .equals(api.get("/api/v1/campaigns/" + campaign, key)
                                            .json()
                                            .path("status")
                                            .asString())
                            && count(
                                            database,
                                            "select count(*) from messaging_outbox where state in ('QUEUED', 'SENDING')")
                                    == 0);

            var received = receivedAtSandbox(sandbox, number.phoneNumberId(), template, phones);
            var wrong = new ArrayList<String>();
            for (var phone : phones) {
                var expected = consenting.contains(phone) ? 1 : 0;
                if (received.get(phone) != expected) {
                    wrong.add(phone + ": " + received.get(phone) + " (expected " + expected + ")");
                }
            }
            log.info(
                    "After the restart: {} resent once, {} failed unknown",
                    count(database, "select count(*) from messaging_outbox where resends > 0"),
                    count(database, "select count(*) from messaging_outbox where state = 'FAILED_UNKNOWN'"));
            assertThat(wrong).as("recipients with the wrong number of messages").isEmpty();
            assertThat(count(database, "select count(*) from messaging_outbox where state = 'SENT'"))
                    .isEqualTo(consenting.size());
        }
    }

    record Number(String channelId, String phoneNumberId) {}

    /** A sandbox number whose webhooks go to the child app, and the child's channel for it. */
    private static Number connect(HttpApi sandbox, ChildApp app) {
        var phoneNumberId =
                "1099" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        var waba =
                "2099" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        var token = "sbx-" + UUID.randomUUID();
        var secret = "secret-" + UUID.randomUUID();
        var verify = "verify-" + UUID.randomUUID();
        var display = "+1 555 " + String.format("%04d", Math.floorMod(phoneNumberId.hashCode(), 10_000));
        var created = app.api()
                .call(
                        "POST",
                        "/api/v1/channels",
                        app.apiKey(),
                        HttpApi.json(Map.of(
                                "name", "Crash test",
                                "phoneNumberId", phoneNumberId,
                                "wabaId", waba,
                                "displayPhoneNumber", display,
                                "graphBaseUrl", sandbox.base() + "/sandbox/graph",
                                "accessToken", token,
                                "appSecret", secret,
                                "verifyToken", verify)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var registration = new HashMap<String, Object>(Map.of(
                "waba_id", waba,
                "display_phone_number", display,
                "verified_name", "Crash Test Shop",
                "access_token", token,
                "app_secret", secret,
                "verify_token", verify,
                "callback_url", app.base() + "/webhooks/whatsapp"));
        registration.put("messaging_limit_tier", "TIER_UNLIMITED");
        registration.put("throughput", 1000);
        var registered = sandbox.call(
                "PUT", "/sandbox/control/numbers/" + phoneNumberId + "/registration", null, HttpApi.json(registration));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        var channelId = created.json().get("id").asString();
        // The app learns the tier and the throughput from Meta's phone number details.
        var tested = app.api().call("POST", "/api/v1/channels/" + channelId + "/test", app.apiKey(), null);
        assertThat(tested.status()).as(tested.body()).isEqualTo(200);
        return new Number(channelId, phoneNumberId);
    }

    private static String approvedMarketingTemplate(HttpApi api, String key, String channelId) {
        var name = "crash_" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.call(
                "POST",
                "/api/v1/templates",
                key,
                HttpApi.json(Map.of(
                        "channelId",
                        channelId,
                        "name",
                        name,
                        "language",
                        "en_US",
                        "category",
                        "MARKETING",
                        "body",
                        Map.of("text", TEMPLATE_BODY, "examples", Map.of("1", "Ana")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        api.call("POST", "/api/v1/templates/" + id + "/submit", key, null);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/templates/" + id, key)
                                .json()
                                .path("status")
                                .asString(),
                        "APPROVED"::equals);
        return name;
    }

    /** Imports the numbers as a CSV through the API; returns contact id by phone digits. */
    private static Map<String, String> importContacts(HttpApi api, String key, String database, List<String> phones)
            throws SQLException {
        var csv = new StringBuilder("Name,Phone\n");
        for (var i = 0; i < phones.size(); i++) {
            csv.append("Customer ").append(i).append(",+").append(phones.get(i)).append('\n');
        }
        var job = api.call(
                "POST",
                "/api/v1/contact-imports",
                key,
                HttpApi.json(Map.of("name", "crash.csv", "content", csv.toString())));
        assertThat(job.status()).as(job.body()).isBetween(200, 201);
        var id = job.json().get("id").asString();
        var run = api.call(
                "POST",
                "/api/v1/contact-imports/" + id + "/run",
                key,
                HttpApi.json(Map.of("mapping", Map.of("Name", "displayName", "Phone", "phone"))));
        assertThat(run.status()).as(run.body()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api.get("/api/v1/contact-imports/" + id, key)
                        .json()
                        .path("status")
                        .asString()
                        .equals("DONE"));
        var ids = new HashMap<String, String>();
        try (var connection = DriverManager.getConnection(database, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "select contact_id, identity_value from contacts_identity where kind = 'PHONE'")) {
            while (rows.next()) {
                ids.put(rows.getString(2).substring(1), rows.getString(1));
            }
        }
        assertThat(ids).hasSize(phones.size());
        return ids;
    }

    /** Records marketing consent for each contact through the API, 16 requests at a time. */
    private static void grantMarketing(HttpApi api, String key, List<String> contactIds) throws Exception {
        var gate = new Semaphore(16);
        var failures = new ConcurrentHashMap<String, String>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var id : contactIds) {
                gate.acquire();
                pool.submit(() -> {
                    try {
                        var response = api.call(
                                "POST",
                                "/api/v1/contacts/" + id + "/consent",
                                key,
                                HttpApi.json(Map.of(
                                        "purpose", "MARKETING",
                                        "state", "GRANTED",
                                        "source", "WEB_FORM",
                                        "proof", "Ticked the newsletter box at checkout")));
                        if (response.status() != 201) {
                            failures.put(id, response.body());
                        }
                    } finally {
                        gate.release();
                    }
                });
            }
        }
        assertThat(failures).isEmpty();
    }

    /** How many messages of the template each phone got from the number, asked of the sandbox. */
    private static Map<String, Integer> receivedAtSandbox(
            HttpApi sandbox, String phoneNumberId, String template, List<String> phones) throws Exception {
        var counts = new ConcurrentHashMap<String, Integer>();
        var gate = new Semaphore(16);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var phone : phones) {
                gate.acquire();
                pool.submit(() -> {
                    try {
                        var messages = sandbox.get(
                                        "/sandbox/control/customers/" + phone + "/messages?phone_number_id="
                                                + phoneNumberId,
                                        null)
                                .body();
                        counts.put(
                                phone,
                                CampaignTestSupport.occurrences(
                                        messages, "\"rendered\":{\"name\":\"" + template + "\""));
                    } finally {
                        gate.release();
                    }
                });
            }
        }
        return counts;
    }

    private static final Map<String, java.sql.Connection> CONNECTIONS = new ConcurrentHashMap<>();

    /** One query on the child app's database, over one connection kept for the test. */
    private static synchronized long count(String database, String sql) throws SQLException {
        var connection = CONNECTIONS.get(database);
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(database, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
            CONNECTIONS.put(database, connection);
        }
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void closeConnections() throws SQLException {
        for (var connection : CONNECTIONS.values()) {
            connection.close();
        }
    }
}

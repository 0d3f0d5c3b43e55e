package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.campaigns.internal.CampaignStore;
import io.switchboard.campaigns.internal.ContactZones;
import io.switchboard.contacts.ContactChange;
import io.switchboard.contacts.ContactEditor;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.ContactProperties;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scheduling in the workspace's time zone, and a send window applied in each contact's local time: the stored
 * start instant, the refusal of a past time, each recipient's {@code not_before} by its zone (property, phone
 * country, workspace), and that only the recipient whose window is open is reached at the sandbox.
 */
@PostgresAppTest
class CampaignScheduleTests {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    ContactManagement contacts;

    @Autowired
    ContactEditor editor;

    @Autowired
    ContactProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignStore store;

    CampaignTestSupport t;

    @BeforeEach
    void setUp() {
        t = new CampaignTestSupport(new HttpApi(port), new Tenants(workspaces, users, keys).create("Schedules"));
    }

    private void zone(ZoneId zone) {
        workspaces.update(t.tenant.workspaceId(), "Schedules", zone.getId());
    }

    private String draft(String template) {
        return t.create(template, List.of(), Map.of("waIds", List.of(SandboxInbox.newCustomer())))
                .get("id")
                .asString();
    }

    @Test
    void aLocalStartTimeIsReadInTheWorkspaceZoneAndAPastOneIsRefused() {
        zone(ROME);
        var template = t.approvedTemplate("UTILITY", "Your parcel is on its way.", Map.of());

        // Summer (CEST, +02:00) and winter (CET, +01:00) in Rome.
        var summer = draft(template);
        var launched = t.post("/api/v1/campaigns/" + summer + "/launch", "{\"at\":\"2031-07-01T10:00\"}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        assertThat(launched.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(launched.json().get("scheduledAt").asString()))
                .isEqualTo(Instant.parse("2031-07-01T08:00:00Z"));
        assertThat(storedStart(summer)).isEqualTo(Instant.parse("2031-07-01T08:00:00Z"));

        var winter = draft(template);
        t.post("/api/v1/campaigns/" + winter + "/launch", "{\"at\":\"2031-01-15T10:00\"}");
        assertThat(storedStart(winter)).isEqualTo(Instant.parse("2031-01-15T09:00:00Z"));

        // 02:30 on 30 March 2031 does not exist in Rome: it moves forward by the gap, to 03:30 CEST.
        var gap = draft(template);
        t.post("/api/v1/campaigns/" + gap + "/launch", "{\"at\":\"2031-03-30T02:30\"}");
        assertThat(storedStart(gap)).isEqualTo(Instant.parse("2031-03-30T01:30:00Z"));

        // An instant with an offset is taken as it is, whatever the workspace's zone.
        var offset = draft(template);
        t.post("/api/v1/campaigns/" + offset + "/launch", "{\"at\":\"2031-07-01T10:00:00+09:00\"}");
        assertThat(storedStart(offset)).isEqualTo(Instant.parse("2031-07-01T01:00:00Z"));

        // A time in the past is refused, and the draft stays a draft.
        var past = draft(template);
        var refused = t.post("/api/v1/campaigns/" + past + "/launch", "{\"at\":\"2020-01-01T10:00\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString())
                .contains("2020-01-01T10:00")
                .contains("Europe/Rome")
                .contains("in the past");
        var pastInstant = t.post("/api/v1/campaigns/" + past + "/launch", "{\"at\":\"2020-01-01T10:00:00Z\"}");
        assertThat(pastInstant.status()).isEqualTo(400);
        var garbage = t.post("/api/v1/campaigns/" + past + "/launch", "{\"at\":\"tomorrow morning\"}");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("detail").asString()).contains("not a date and time");
        assertThat(t.campaign(past).get("status").asString()).isEqualTo("DRAFT");
        assertThat(storedStart(past)).isNull();
    }

    @Test
    void eachRecipientWaitsForTheWindowOfItsOwnZone() {
        zone(KOLKATA);
        var ws = t.tenant.workspaceId();
        properties.create(ws, "time_zone", "Time zone", "text", null);
        var template = t.approvedTemplate("UTILITY", "Our new opening hours are online.", Map.of());

        // By property (a US number, which alone would give the workspace's zone), by an Italian number, and
        // a US number (several zones) falling back to the workspace's zone.
        var tokyoNumber = SandboxInbox.newCustomer();
        var italianNumber =
                "393" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        var usNumber = SandboxInbox.newCustomer();
        var tokyo = contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity(tokyoNumber, null, null, null));
        editor.change(ws, tokyo, ContactChange.properties(Map.of("time_zone", "Asia/Tokyo")));
        var italian = contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity(italianNumber, null, null, null));
        var us = contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity(usNumber, null, null, null));
        // An invalid zone in the property is ignored: the number decides.
        editor.change(ws, italian, ContactChange.properties(Map.of("time_zone", "Mars/Olympus")));

        // A window open now in Tokyo for at least an hour; then closed in Rome (8 hours behind in November,
        // 7 in summer) and in Kolkata (3.5 hours behind).
        var tokyoHour = Instant.now().atZone(TOKYO).getHour();
        var window = new SendWindow(LocalTime.of((tokyoHour + 23) % 24, 0), LocalTime.of((tokyoHour + 2) % 24, 0));
        var equal = t.createCall(
                "Bad window",
                template,
                Map.of("contactIds", List.of(tokyo.value().toString())),
                Map.of("start", "09:00", "end", "09:00"));
        assertThat(equal.status()).isEqualTo(400);
        assertThat(equal.json().get("detail").asString()).contains("different start and end");

        var created = t.createCall(
                "Windowed",
                template,
                Map.of(
                        "contactIds",
                        List.of(tokyo, italian, us).stream()
                                .map(c -> c.value().toString())
                                .toList()),
                Map.of("start", window.start().toString(), "end", window.end().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var campaign = created.json().get("id").asString();
        assertThat(created.json().get("sendWindow").toString())
                .contains(window.start().toString())
                .contains(window.end().toString());

        var before = Instant.now();
        var romeOpens = window.notBefore(before, ROME);
        var kolkataOpens = window.notBefore(before, KOLKATA);
        assertThat(romeOpens).isAfter(before);
        assertThat(kolkataOpens).isAfter(before);
        assertThat(window.notBefore(before, TOKYO)).isEqualTo(before);

        var dry = t.post("/api/v1/campaigns/" + campaign + "/dry-run", null);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("wouldSend").asInt()).isEqualTo(3);
        assertThat(dry.json().get("sendNow").asInt()).isEqualTo(1);
        assertThat(dry.json().get("waitForWindow").asInt()).isEqualTo(2);
        assertThat(Instant.parse(dry.json().get("lastWindowOpens").asString()))
                .isEqualTo(romeOpens.isAfter(kolkataOpens) ? romeOpens : kolkataOpens);

        var launched = t.post("/api/v1/campaigns/" + campaign + "/launch", "{}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(t.received(tokyoNumber, template))
                        .as(() -> t.campaign(campaign) + " " + t.stats(campaign))
                        .isEqualTo(1));
        var after = Instant.now();
        assertThat(notBefore(campaign, tokyo)).isBetween(before, after);
        assertThat(notBefore(campaign, italian)).isEqualTo(romeOpens);
        assertThat(notBefore(campaign, us)).isEqualTo(kolkataOpens);

        // The runner keeps passing over the campaign; the two outside their window are not handed over.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(t.received(italianNumber, template)).isZero();
            assertThat(t.received(usNumber, template)).isZero();
            assertThat(t.campaign(campaign).get("status").asString()).isEqualTo("RUNNING");
        });
        var stats = t.stats(campaign);
        assertThat(stats.get("pending").asInt()).isEqualTo(2);
        assertThat(stats.get("waitingForWindow").asInt()).isEqualTo(2);
        assertThat(Instant.parse(stats.get("nextWindowOpens").asString()))
                .isEqualTo(romeOpens.isBefore(kolkataOpens) ? romeOpens : kolkataOpens);
        assertThat(state(campaign, italian)).isEqualTo("PENDING");
        assertThat(state(campaign, us)).isEqualTo("PENDING");
        assertThat(state(campaign, tokyo)).isEqualTo("QUEUED");
    }

    @Test
    void aRecipientWhoseWindowClosedBeforeItsTurnWaitsForTheNextOpening() {
        zone(ROME);
        var ws = t.tenant.workspaceId();
        var template = t.approvedTemplate("UTILITY", "Your order is ready for pick-up.", Map.of());
        var italianNumber =
                "393" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        var japaneseNumber =
                "819" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        var italian = contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity(italianNumber, null, null, null));
        var japanese = contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity(japaneseNumber, null, null, null));
        // Open now in Rome for at least an hour, closed in Tokyo (7 or 8 hours ahead).
        var romeHour = Instant.now().atZone(ROME).getHour();
        var window = new SendWindow(LocalTime.of((romeHour + 23) % 24, 0), LocalTime.of((romeHour + 2) % 24, 0));
        var created = t.createCall(
                "Missed its window",
                template,
                Map.of(
                        "contactIds",
                        List.of(italian.value().toString(), japanese.value().toString())),
                Map.of("start", window.start().toString(), "end", window.end().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var campaign = created.json().get("id").asString();
        // Both were due in an opening two days ago that closed before their turn (as when the campaign was held
        // by the messaging limit): the preparation keeps these rows, as it keeps any recipient already there.
        var twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        var missed = new java.util.LinkedHashMap<ContactId, ContactZones.Slot>();
        missed.put(italian, new ContactZones.Slot(twoDaysAgo, twoDaysAgo.plus(Duration.ofHours(1)), ROME));
        missed.put(japanese, new ContactZones.Slot(twoDaysAgo, twoDaysAgo.plus(Duration.ofHours(1)), TOKYO));
        assertThat(store.addRecipients(ws, new CampaignId(UUID.fromString(campaign)), missed, Instant.now()))
                .isEqualTo(2);

        var before = Instant.now();
        var launched = t.post("/api/v1/campaigns/" + campaign + "/launch", "{}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        // Open in Rome: moved to now and sent. Closed in Tokyo: moved to its next opening, not sent late.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(t.received(italianNumber, template))
                        .as(() -> t.campaign(campaign) + " " + t.stats(campaign))
                        .isEqualTo(1));
        var tokyoOpens = window.notBefore(Instant.now(), TOKYO);
        assertThat(tokyoOpens).isAfter(before);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(notBefore(campaign, japanese)).isEqualTo(tokyoOpens));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(t.received(japaneseNumber, template)).isZero();
            assertThat(state(campaign, japanese)).isEqualTo("PENDING");
        });
        assertThat(notAfter(campaign, japanese)).isEqualTo(window.closes(tokyoOpens, TOKYO));
        assertThat(t.stats(campaign).get("waitingForWindow").asInt()).isEqualTo(1);
    }

    private Instant notAfter(String campaign, ContactId contact) {
        return jdbc.sql("select not_after from campaigns_recipient where workspace_id = ? and campaign_id = ?"
                        + " and contact_id = ?")
                .params(t.tenant.workspaceId().value(), UUID.fromString(campaign), contact.value())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .single();
    }

    private Instant storedStart(String campaign) {
        return jdbc.sql("select scheduled_at from campaigns_campaign where workspace_id = ? and id = ?")
                .params(t.tenant.workspaceId().value(), UUID.fromString(campaign))
                .query((rs, n) -> {
                    var at = rs.getObject(1, OffsetDateTime.class);
                    return at == null ? null : at.toInstant();
                })
                .list()
                .getFirst();
    }

    private Instant notBefore(String campaign, ContactId contact) {
        return jdbc.sql("select not_before from campaigns_recipient where workspace_id = ? and campaign_id = ?"
                        + " and contact_id = ?")
                .params(t.tenant.workspaceId().value(), UUID.fromString(campaign), contact.value())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .single();
    }

    private String state(String campaign, ContactId contact) {
        return jdbc.sql("select state from campaigns_recipient where workspace_id = ? and campaign_id = ?"
                        + " and contact_id = ?")
                .params(t.tenant.workspaceId().value(), UUID.fromString(campaign), contact.value())
                .query(String.class)
                .single();
    }
}

package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.compliance.ConsentChange;
import io.switchboard.compliance.ConsentManagement;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.ConsentState;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Number quality RED from the sandbox pauses a running marketing campaign within seconds, and says why. */
@PostgresAppTest
class CampaignQualityTests {
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
    ConsentManagement consent;

    @Test
    void qualityRedPausesARunningMarketingCampaignWithTheReason() {
        var api = new HttpApi(port);
        var t = new CampaignTestSupport(api, new Tenants(workspaces, users, keys).create("Quality"));
        var template = t.approvedTemplate("MARKETING", "New arrivals this week, {{1}}!", Map.of("1", "Ada"));
        // 300 consenting customers: at tier 250 the campaign sends 250 and keeps RUNNING, held by the limit.
        var customers = new ArrayList<String>();
        var base = 4_490_000_000L + (long) (Math.random() * 400_000_000L);
        for (var i = 0; i < 300; i++) {
            var waId = Long.toString(base + i);
            customers.add(waId);
            var contact = contacts.findOrCreateByWhatsApp(
                    t.tenant.workspaceId(), new WhatsAppIdentity(waId, null, null, null));
            consent.record(
                    t.tenant.workspaceId(),
                    new ConsentChange(
                            contact,
                            null,
                            ConsentPurpose.MARKETING,
                            ConsentState.GRANTED,
                            ConsentSource.WEB_FORM,
                            "Ticked 'send me offers' on the shop's form",
                            ConsentChange.SYSTEM,
                            null,
                            null));
        }
        var campaign = t.create(
                        template, List.of(Map.of("field", "name", "fallback", "friend")), Map.of("waIds", customers))
                .get("id")
                .asString();
        t.post("/api/v1/campaigns/" + campaign + "/launch", "{}");
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> t.stats(campaign),
                        s -> s.get("sent").asInt() == 250 && s.get("pending").asInt() == 50);
        assertThat(t.campaign(campaign).get("status").asString()).isEqualTo("RUNNING");

        var red = api.call(
                "PUT",
                "/sandbox/control/numbers/" + t.sandbox.phoneNumberId(),
                null,
                HttpApi.json(Map.of("quality_rating", "RED")));
        assertThat(red.status()).as(red.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> t.campaign(campaign).get("status").asString(), "PAUSED"::equals);
        assertThat(t.campaign(campaign).get("pauseReason").asString()).contains("quality RED");

        // Raising the tier now does not restart it: it stays paused until someone resumes it.
        api.call(
                "PUT",
                "/sandbox/control/numbers/" + t.sandbox.phoneNumberId(),
                null,
                HttpApi.json(Map.of("messaging_limit_tier", "TIER_2K")));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(t.stats(campaign).get("pending").asInt()).isEqualTo(50);
        // Resumed while still RED: the policy refuses marketing from a RED number, so it pauses again, nobody skipped.
        t.post("/api/v1/campaigns/" + campaign + "/resume", null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> t.campaign(campaign).get("status").asString(), "PAUSED"::equals);
        assertThat(t.campaign(campaign).get("pauseReason").asString()).contains("red");
        assertThat(t.stats(campaign).get("skipped").size()).isZero();
        assertThat(t.stats(campaign).get("pending").asInt()).isEqualTo(50);
    }
}

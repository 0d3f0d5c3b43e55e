package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

/** Meta's messaging limit: a campaign larger than the tier sends up to it, holds, and continues on a higher tier. */
@PostgresAppTest
class CampaignLimitTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void atTier250AThousandRecipientCampaignSends250AndResumesWhenTheTierRises() {
        var api = new HttpApi(port);
        var t = new CampaignTestSupport(api, new Tenants(workspaces, users, keys).create("Tier"));
        var template = t.approvedTemplate("UTILITY", "Your statement for {{1}} is ready.", Map.of("1", "May"));
        var customers = new ArrayList<String>();
        var base = 4_470_000_000L + (long) (Math.random() * 400_000_000L);
        for (var i = 0; i < 1_000; i++) {
            customers.add(Long.toString(base + i));
        }
        var campaign = t.create(template, List.of(Map.of("value", "November")), Map.of("waIds", customers))
                .get("id")
                .asString();
        var dry = t.post("/api/v1/campaigns/" + campaign + "/dry-run", null).json();
        assertThat(dry.get("wouldSend").asInt()).isEqualTo(1_000);
        assertThat(dry.get("heldByLimit").asInt()).isEqualTo(750);

        t.post("/api/v1/campaigns/" + campaign + "/launch", "{}");
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> t.stats(campaign),
                        s -> s.get("sent").asInt() == 250 && s.get("pending").asInt() == 750);
        var held = t.campaign(campaign);
        assertThat(held.get("status").asString()).isEqualTo("RUNNING");
        assertThat(held.get("pauseReason").asString()).contains("limit of 250");
        // Held, not skipped: a few runner passes later nothing more went out and nobody was dropped.
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        var still = t.stats(campaign);
        assertThat(still.get("queued").asInt() + still.get("sent").asInt()).isEqualTo(250);
        assertThat(still.get("skipped").size()).isZero();

        var raised = api.call(
                "PUT",
                "/sandbox/control/numbers/" + t.sandbox.phoneNumberId(),
                null,
                HttpApi.json(Map.of("messaging_limit_tier", "TIER_2K")));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> t.stats(campaign), s -> s.get("sent").asInt() == 1_000);
        assertThat(t.campaign(campaign).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(t.campaign(campaign).get("pauseReason").isNull()).isTrue();
        assertThat(t.stats(campaign).get("failed").size()).isZero();
        assertThat(t.received(customers.get(999), template)).isEqualTo(1);
    }
}

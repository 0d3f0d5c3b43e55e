package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Broadcasts over HTTP against the embedded sandbox: dry run, launch, funnel, refusals, state changes. */
@PostgresAppTest
class CampaignApiTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    CampaignTestSupport t;

    @BeforeEach
    void setUp() {
        var api = new HttpApi(port);
        t = new CampaignTestSupport(api, new Tenants(workspaces, users, keys).create("Campaigns"));
    }

    @Test
    void aUtilityBroadcastReachesEachRecipientOnceAndTheFunnelFollows() {
        var template =
                t.approvedTemplate("UTILITY", "Your order {{1}} ships today, {{2}}.", Map.of("1", "A-1", "2", "Ada"));
        var known = SandboxInbox.newCustomer();
        t.sandbox.customerWrites(known, "Hi, I am a customer already");
        var knownContact = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> t.api.get("/api/v1/contacts?wa_id=" + known, t.tenant.apiKey()),
                        r -> r.status() == 200 && !r.json().isEmpty())
                .json()
                .get(0)
                .get("id")
                .asString();
        var fresh = new ArrayList<String>();
        for (var i = 0; i < 4; i++) {
            fresh.add(SandboxInbox.newCustomer());
        }
        var waIds = new ArrayList<>(fresh);
        waIds.add("+" + fresh.get(0)); // the same number again, as a CSV might list it
        var campaign = t.create(
                        template,
                        List.of(Map.of("value", "B-42"), Map.of("field", "name", "fallback", "there")),
                        Map.of("contactIds", List.of(knownContact, knownContact), "waIds", waIds))
                .get("id")
                .asString();
        assertThat(t.campaign(campaign).get("status").asString()).isEqualTo("DRAFT");

        var dry = t.post("/api/v1/campaigns/" + campaign + "/dry-run", null);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("audience").asInt()).isEqualTo(5);
        assertThat(dry.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(dry.json().get("wouldSend").asInt()).isEqualTo(5);
        assertThat(dry.json().get("skipped").size()).isZero();
        // Five US numbers at the sample card's utility rate.
        assertThat(dry.json().get("currency").asString()).isEqualTo("USD");
        assertThat(dry.json().get("estimatedCost").decimalValue()).isPositive();
        assertThat(dry.json().get("costByMarket").toString()).contains("\"country\":\"US\"");
        assertThat(t.api.get("/api/v1/contacts?wa_id=" + fresh.get(1), t.tenant.apiKey())
                        .json()
                        .size())
                .as("a dry run creates nothing")
                .isZero();

        var launched = t.post("/api/v1/campaigns/" + campaign + "/launch", "{}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> t.stats(campaign), s -> s.get("delivered").asInt() == 5);
        assertThat(t.campaign(campaign).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(t.campaign(campaign).get("recipients").asInt()).isEqualTo(5);
        for (var customer : fresh) {
            assertThat(t.received(customer, template)).as(customer).isEqualTo(1);
        }
        assertThat(t.received(known, template)).isEqualTo(1);
        // The contact's name filled {{2}}; new numbers have none and got the fallback.
        assertThat(t.phone(known)).contains("Ada " + known);
        assertThat(t.phone(fresh.get(2))).contains("there").contains("B-42");

        t.sandbox.customerWrites(fresh.get(3), "Thanks, and can I change the address?");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> t.stats(campaign), s -> s.get("replied").asInt() == 1);

        var again = t.post("/api/v1/campaigns/" + campaign + "/launch", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void marketingWithoutConsentIsSkippedWithItsReasonAndNothingIsSent() {
        var template = t.approvedTemplate("MARKETING", "Spring sale: {{1}} off today!", Map.of("1", "20%"));
        var customers = List.of(SandboxInbox.newCustomer(), SandboxInbox.newCustomer());
        var campaign = t.create(template, List.of(Map.of("value", "30%")), Map.of("waIds", customers))
                .get("id")
                .asString();
        var dry = t.post("/api/v1/campaigns/" + campaign + "/dry-run", null).json();
        assertThat(dry.get("wouldSend").asInt()).isZero();
        assertThat(dry.get("skipped").get("NO_MARKETING_CONSENT").asInt()).isEqualTo(2);

        t.post("/api/v1/campaigns/" + campaign + "/launch", "{}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> t.campaign(campaign).get("status").asString(), "COMPLETED"::equals);
        var stats = t.stats(campaign);
        assertThat(stats.get("skipped").get("NO_MARKETING_CONSENT").asInt()).isEqualTo(2);
        assertThat(stats.get("sent").asInt()).isZero();
        for (var customer : customers) {
            assertThat(t.phone(customer)).doesNotContain(template);
        }
    }

    @Test
    void scheduledPausedResumedAndCancelledWithClearErrors() {
        var template = t.approvedTemplate("UTILITY", "Reminder: your visit is tomorrow.", Map.of());
        var customer = SandboxInbox.newCustomer();
        var campaign = t.create(template, List.of(), Map.of("waIds", List.of(customer)))
                .get("id")
                .asString();

        var mismatch = t.api.call(
                "POST",
                "/api/v1/campaigns",
                t.tenant.apiKey(),
                HttpApi.json(Map.of(
                        "name",
                        "Wrong",
                        "channelId",
                        t.sandbox.channelId(),
                        "templateName",
                        template,
                        "templateLanguage",
                        "en_US",
                        "parameters",
                        List.of(Map.of("value", "x")),
                        "audience",
                        Map.of("waIds", List.of(customer)))));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("detail").asString()).contains("0 body variables");
        var unknown = t.api.call(
                "POST",
                "/api/v1/campaigns",
                t.tenant.apiKey(),
                HttpApi.json(Map.of(
                        "name", "Unknown",
                        "channelId", t.sandbox.channelId(),
                        "templateName", "no_such_template",
                        "templateLanguage", "en_US",
                        "audience", Map.of("waIds", List.of(customer)))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("does not exist");
        // Without parameters, the template's mapping of {{n}} to contact fields fills them (sample as fallback).
        var mapped = t.api.call(
                "POST",
                "/api/v1/templates",
                t.tenant.apiKey(),
                HttpApi.json(Map.of(
                        "channelId",
                        t.sandbox.channelId(),
                        "name",
                        "mapped_" + template,
                        "language",
                        "en_US",
                        "category",
                        "UTILITY",
                        "body",
                        Map.of("text", "Hello {{1}}, see you soon.", "examples", Map.of("1", "there")),
                        "variableMapping",
                        Map.of("1", "name"))));
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(201);
        var fromMapping = t.create("mapped_" + template, List.of(), Map.of("waIds", List.of(customer)));
        assertThat(fromMapping.get("parameters").toString())
                .contains("\"field\":\"name\"")
                .contains("\"fallback\":\"there\"");
        var empty = t.createCall("Empty", template, Map.of(), null);
        assertThat(empty.status()).isEqualTo(400);

        var at = Instant.now().plus(Duration.ofHours(2));
        var scheduled = t.post("/api/v1/campaigns/" + campaign + "/launch", "{\"at\":\"" + at + "\"}");
        assertThat(scheduled.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(t.post("/api/v1/campaigns/" + campaign + "/resume", null).status())
                .isEqualTo(409);
        var paused = t.post("/api/v1/campaigns/" + campaign + "/pause", "{\"reason\":\"Waiting for stock\"}");
        assertThat(paused.json().get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.json().get("pauseReason").asString()).isEqualTo("Waiting for stock");
        var cancelled = t.post("/api/v1/campaigns/" + campaign + "/cancel", null);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        // Never started: its audience was not turned into recipients, so nobody is left to skip.
        assertThat(t.stats(campaign).get("total").asInt()).isZero();
        assertThat(t.post("/api/v1/campaigns/" + campaign + "/cancel", null).status())
                .isEqualTo(409);
        assertThat(t.phone(customer)).doesNotContain(template);

        // Due in a second: the runner starts it by itself.
        var soon = t.create(template, List.of(), Map.of("waIds", List.of(customer)))
                .get("id")
                .asString();
        t.post(
                "/api/v1/campaigns/" + soon + "/launch",
                "{\"at\":\"" + Instant.now().plusSeconds(1) + "\"}");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(t.received(customer, template))
                        .as(() -> t.campaign(soon) + " " + t.stats(soon) + " " + t.phone(customer))
                        .isEqualTo(1));
    }
}

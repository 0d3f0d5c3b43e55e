package io.switchboard.campaigns;

import static io.switchboard.contacts.SegmentsApi.cond;
import static io.switchboard.contacts.SegmentsApi.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.contacts.SegmentsApi;
import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
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

/**
 * A campaign to a segment: the dry run counts its current members, the launch takes the members of that
 * moment and sends to exactly them; campaigns' own segment conditions (received, replied) follow; another
 * workspace cannot name the segment.
 */
abstract class CampaignSegmentTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void sendsToExactlyTheSegmentsMembersAtLaunch() {
        var api = new HttpApi(port);
        var tenants = new Tenants(workspaces, users, keys);
        var t = new CampaignTestSupport(api, tenants.create("Segment campaign"));
        var segments = new SegmentsApi(api, t.tenant);
        var template = t.approvedTemplate("UTILITY", "Your parcel ships today.", Map.of());
        var customers = new ArrayList<String>();
        var contacts = new ArrayList<String>();
        for (var i = 0; i < 4; i++) {
            var customer = SandboxInbox.newCustomer();
            t.sandbox.customerWrites(customer, "Hello, I am customer " + i);
            customers.add(customer);
            contacts.add(await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> api.get("/api/v1/contacts?wa_id=" + customer, t.tenant.apiKey()),
                            r -> r.status() == 200 && !r.json().isEmpty())
                    .json()
                    .get(0)
                    .get("id")
                    .asString());
        }
        var tag = api.call("POST", "/api/v1/tags", t.tenant.apiKey(), HttpApi.json(Map.of("name", "Parcel")))
                .json()
                .get("id")
                .asString();
        tag(api, t, contacts.get(0), tag);
        tag(api, t, contacts.get(1), tag);
        var segment = segments.create("Parcel people", definition("all", List.of(cond("tag", null, "has", tag))));

        var campaign = t.create(template, List.of(), Map.of("segmentId", segment))
                .get("id")
                .asString();
        var dry = t.post("/api/v1/campaigns/" + campaign + "/dry-run", null);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("audience").asInt()).isEqualTo(2);
        assertThat(dry.json().get("wouldSend").asInt()).isEqualTo(2);

        // Joins before the launch: the launch takes the members of that moment.
        tag(api, t, contacts.get(2), tag);
        assertThat(t.post("/api/v1/campaigns/" + campaign + "/launch", "{}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> t.stats(campaign), s -> s.get("delivered").asInt() == 3);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> t.campaign(campaign).get("status").asString(), "COMPLETED"::equals);
        assertThat(t.campaign(campaign).get("recipients").asInt()).isEqualTo(3);
        for (var i = 0; i < 3; i++) {
            assertThat(t.received(customers.get(i), template)).as("member " + i).isEqualTo(1);
        }
        assertThat(t.received(customers.get(3), template)).as("not a member").isZero();

        // Campaigns' conditions: who received it, who did not, who replied.
        t.sandbox.customerWrites(customers.get(1), "Great, thank you!");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> t.stats(campaign), s -> s.get("replied").asInt() == 1);
        assertThat(segments.matches(cond("campaign", null, "replied", campaign)))
                .containsExactly(contacts.get(1));
        assertThat(segments.matches(cond("campaign", null, "replied", "campaign " + template)))
                .as("by name, in any case")
                .containsExactly(contacts.get(1));
        assertThat(segments.matches(cond("campaign", null, "received", campaign)))
                .containsExactlyInAnyOrder(contacts.get(0), contacts.get(1), contacts.get(2));
        assertThat(segments.matches(cond("campaign", null, "not_received", campaign)))
                .containsExactly(contacts.get(3));

        // Another workspace, with its own number and template, cannot send to this segment.
        var other = new CampaignTestSupport(api, tenants.create("Other workspace"));
        var draft = other.api.call(
                "POST",
                "/api/v1/templates",
                other.tenant.apiKey(),
                HttpApi.json(Map.of(
                        "channelId",
                        other.sandbox.channelId(),
                        "name",
                        "other_news",
                        "language",
                        "en_US",
                        "category",
                        "UTILITY",
                        "body",
                        Map.of("text", "News for you.", "examples", Map.of()))));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        var refused = other.api.call(
                "POST",
                "/api/v1/campaigns",
                other.tenant.apiKey(),
                HttpApi.json(Map.of(
                        "name",
                        "Stolen audience",
                        "channelId",
                        other.sandbox.channelId(),
                        "templateName",
                        "other_news",
                        "templateLanguage",
                        "en_US",
                        "audience",
                        Map.of("segmentId", segment))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain(segment.substring(9)).doesNotContain("Parcel");
        assertThat(other.api.get("/api/v1/campaigns", other.tenant.apiKey()).json())
                .isEmpty();
    }

    private static void tag(HttpApi api, CampaignTestSupport t, String contact, String tag) {
        var response = api.call("PUT", "/api/v1/contacts/" + contact + "/tags/" + tag, t.tenant.apiKey(), null);
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }
}

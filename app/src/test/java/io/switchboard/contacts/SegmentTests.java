package io.switchboard.contacts;

import static io.switchboard.contacts.SegmentsApi.cond;
import static io.switchboard.contacts.SegmentsApi.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Segments over HTTP: each condition kind of each module (tags, properties by type, identities, activity,
 * creation, consent, inbound messages), ALL and ANY, validation; every check compares count and members.
 */
abstract class SegmentTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    SegmentManagement segmentManagement;

    ContactsApi contacts;
    SegmentsApi segments;
    Tenants.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = new Tenants(workspaces, users, keys).create("Segments");
        var http = new HttpApi(port);
        contacts = new ContactsApi(http, tenant);
        segments = new SegmentsApi(http, tenant);
    }

    @Test
    void everyConditionKindSelectsExactlyItsContacts() {
        contacts.property("plan", "Plan", "single_select", List.of("free", "gold"));
        contacts.property("interests", "Interests", "multi_select", List.of("shoes", "bags"));
        contacts.property("score", "Score", "number", null);
        contacts.property("renewal", "Renewal", "date", null);
        contacts.property("newsletter", "Newsletter", "boolean", null);
        contacts.property("nickname", "Nickname", "text", null);
        var vip = contacts.tag("VIP").get("id").asString();
        var grace = SegmentsApi.id(contacts.create(Map.of(
                "displayName",
                "Grace",
                "email",
                "grace@example.com",
                "tags",
                List.of(vip),
                "properties",
                Map.of(
                        "plan",
                        "gold",
                        "interests",
                        List.of("shoes", "bags"),
                        "score",
                        42,
                        "renewal",
                        "2026-03-01",
                        "newsletter",
                        true,
                        "nickname",
                        "Amazing Grace"))));
        var alan = SegmentsApi.id(contacts.create(Map.of(
                "displayName",
                "Alan",
                "phone",
                "+44 20 7946 0991",
                "properties",
                Map.of("plan", "free", "score", 7.5, "renewal", "2025-12-01", "nickname", "Turing"))));
        var sandbox = new SandboxInbox(contacts.http, tenant);
        var chatty = SandboxInbox.newCustomer();
        var quiet = SandboxInbox.newCustomer();
        sandbox.customerWrites(chatty, "Hello");
        sandbox.customerWrites(chatty, "Are you there?");
        sandbox.customerWrites(chatty, "Thanks!");
        sandbox.customerWroteAt(
                quiet, "A month ago", Instant.now().minus(Duration.ofDays(30)).getEpochSecond());
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        segments.count(definition("all", List.of(cond("messages_received", null, "at_least", 3)))) == 1
                                && contacts.list("wa_id=" + quiet).contacts().size() == 1);
        var recent = SegmentsApi.id(contacts.list("wa_id=" + chatty).contacts().get(0));
        var old = SegmentsApi.id(contacts.list("wa_id=" + quiet).contacts().get(0));
        contacts.ok("POST", "/api/v1/contacts/" + grace + "/consent", consent("GRANTED"));
        contacts.ok("POST", "/api/v1/contacts/" + alan + "/consent", consent("WITHDRAWN"));

        // contacts: tags (by id or by name in any case)
        assertThat(segments.matches(cond("tag", null, "has", vip))).containsExactly(grace);
        assertThat(segments.matches(cond("tag", null, "has", "vip"))).containsExactly(grace);
        assertThat(segments.matches(cond("tag", null, "lacks", vip))).containsExactlyInAnyOrder(alan, recent, old);
        // properties, by type
        assertThat(segments.matches(cond("property", "plan", "equals", "gold"))).containsExactly(grace);
        assertThat(segments.matches(cond("property", "interests", "equals", "bags")))
                .containsExactly(grace);
        assertThat(segments.matches(cond("property", "score", "greater", "10"))).containsExactly(grace);
        assertThat(segments.matches(cond("property", "score", "less", "10"))).containsExactly(alan);
        assertThat(segments.matches(cond("property", "score", "equals", "7.50")))
                .containsExactly(alan);
        assertThat(segments.matches(cond("property", "renewal", "greater", "2026-01-01")))
                .containsExactly(grace);
        assertThat(segments.matches(cond("property", "renewal", "less", "2026-01-01")))
                .containsExactly(alan);
        assertThat(segments.matches(cond("property", "newsletter", "equals", "yes")))
                .containsExactly(grace);
        assertThat(segments.matches(cond("property", "nickname", "contains", "GRACE")))
                .containsExactly(grace);
        assertThat(segments.matches(cond("property", "nickname", "equals", "Turing")))
                .containsExactly(alan);
        assertThat(segments.matches(cond("property", "plan", "is_set", null))).containsExactlyInAnyOrder(grace, alan);
        assertThat(segments.matches(cond("property", "plan", "not_set", null))).containsExactlyInAnyOrder(recent, old);
        // identities, activity, creation
        assertThat(segments.matches(cond("identity", null, "has", "email"))).containsExactly(grace);
        assertThat(segments.matches(cond("identity", null, "has", "wa_id"))).containsExactlyInAnyOrder(recent, old);
        assertThat(segments.matches(cond("identity", null, "lacks", "email")))
                .containsExactlyInAnyOrder(alan, recent, old);
        assertThat(segments.matches(cond("last_activity", null, "within_days", 1)))
                .containsExactly(recent);
        assertThat(segments.matches(cond("last_activity", null, "not_within_days", 1)))
                .containsExactlyInAnyOrder(grace, alan, old);
        var weekAgo = LocalDate.now(ZoneOffset.UTC).minusDays(7).toString();
        assertThat(segments.matches(cond("last_activity", null, "before", weekAgo)))
                .containsExactly(old);
        assertThat(segments.matches(cond("created", null, "after", weekAgo))).hasSize(4);
        assertThat(segments.matches(cond("created", null, "before", "2001-01-01")))
                .isEmpty();
        // compliance: the ledger's current state
        assertThat(segments.matches(cond("consent", "marketing", "granted", null)))
                .containsExactly(grace);
        assertThat(segments.matches(cond("consent", "marketing", "revoked", null)))
                .containsExactly(alan);
        assertThat(segments.matches(cond("consent", "marketing", "unknown", null)))
                .containsExactlyInAnyOrder(recent, old);
        assertThat(segments.matches(cond("consent", "utility", "unknown", null)))
                .hasSize(4);
        // messaging: inbound messages
        assertThat(segments.matches(cond("last_inbound", null, "within_days", 7)))
                .containsExactly(recent);
        assertThat(segments.matches(cond("last_inbound", null, "not_within_days", 7)))
                .containsExactlyInAnyOrder(grace, alan, old);
        assertThat(segments.matches(cond("last_inbound", null, "before", weekAgo)))
                .containsExactly(old);
        assertThat(segments.matches(cond("last_inbound", null, "after", weekAgo)))
                .containsExactly(recent);
        assertThat(segments.matches(cond("messages_received", null, "at_least", 3)))
                .containsExactly(recent);
        assertThat(segments.matches(cond("messages_received", null, "at_most", 0)))
                .containsExactlyInAnyOrder(grace, alan);
        assertThat(segments.matches(cond("messages_received", null, "at_most", 1)))
                .containsExactlyInAnyOrder(grace, alan, old);

        // ALL and ANY
        var vipWithConsent = List.of(cond("tag", null, "has", vip), cond("consent", "marketing", "granted", null));
        assertThat(segments.matches("all", vipWithConsent)).containsExactly(grace);
        assertThat(segments.matches(
                        "all", List.of(cond("tag", null, "has", vip), cond("property", "score", "less", "10"))))
                .isEmpty();
        assertThat(segments.matches(
                        "any", List.of(cond("tag", null, "has", vip), cond("property", "score", "less", "10"))))
                .containsExactlyInAnyOrder(grace, alan);
        assertThat(segments.matches(
                        "any",
                        List.of(
                                cond("consent", "marketing", "revoked", null),
                                cond("messages_received", null, "at_least", 1))))
                .containsExactlyInAnyOrder(alan, recent, old);
        assertThat(segments.matches("all", List.of()))
                .as("no condition: everyone")
                .hasSize(4);
    }

    @Test
    void memberIdsComeInKeysetChunksForLargeAudiences() {
        var vip = contacts.tag("VIP").get("id").asString();
        var made = new java.util.ArrayList<String>();
        for (var i = 0; i < 7; i++) {
            made.add(SegmentsApi.id(contacts.create(Map.of("displayName", "Member " + i, "tags", List.of(vip)))));
        }
        contacts.create(Map.of("displayName", "Outsider"));
        var segment = new SegmentId(java.util.UUID.fromString(
                segments.create("VIPs", definition("all", List.of(cond("tag", null, "has", vip))))));
        var seen = new java.util.ArrayList<String>();
        ContactId after = null;
        var chunks = 0;
        while (true) {
            var chunk = segmentManagement.memberIds(tenant.workspaceId(), segment, after, 3);
            chunk.forEach(id -> seen.add(id.toString()));
            chunks++;
            if (chunk.size() < 3) {
                break;
            }
            after = chunk.getLast();
        }
        assertThat(chunks).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(made);
        assertThat(seen).as("each once").hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void savesUpdatesAndDeletesSegments() {
        var vip = contacts.tag("VIP").get("id").asString();
        var grace = SegmentsApi.id(contacts.create(Map.of("displayName", "Grace", "tags", List.of(vip))));
        contacts.create(Map.of("displayName", "Alan"));
        var id = segments.create("  VIPs ", definition("all", List.of(cond("tag", null, "has", vip))));
        var read = segments.call("GET", "/api/v1/segments/" + id, null).json();
        assertThat(read.get("name").asString()).isEqualTo("VIPs");
        assertThat(read.get("definition").get("match").asString()).isEqualTo("all");
        assertThat(read.get("definition").get("conditions").get(0).get("value").asString())
                .isEqualTo(vip);
        assertThat(segments.members(id)).containsExactly(grace);
        assertThat(segments.call("GET", "/api/v1/segments", null).json().toString())
                .contains(id);

        var changed = segments.call(
                "PUT",
                "/api/v1/segments/" + id,
                Map.of("name", "Not VIPs", "definition", definition("any", List.of(cond("tag", null, "lacks", vip)))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Not VIPs");
        assertThat(segments.members(id)).hasSize(1).doesNotContain(grace);

        assertThat(segments.call("DELETE", "/api/v1/segments/" + id, null).status())
                .isEqualTo(204);
        var gone = segments.call("GET", "/api/v1/segments/" + id, null);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(segments.call("GET", "/api/v1/segments/" + id + "/contacts", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void refusesInvalidDefinitionsNamingTheCondition() {
        contacts.property("score", "Score", "number", null);
        var vip = contacts.tag("VIP").get("id").asString();
        expectInvalid(List.of(cond("shoe_size", null, "equals", "42")), "conditions[0].kind", "Unknown condition");
        expectInvalid(
                List.of(cond("tag", null, "has", vip), cond("property", "nope", "equals", "1")),
                "conditions[1].field",
                "no property 'nope'");
        expectInvalid(List.of(cond("property", "score", "greater", "many")), "conditions[0].value", "must be a number");
        expectInvalid(List.of(cond("property", "score", "contains", "4")), "conditions[0].operator", "text");
        expectInvalid(List.of(cond("tag", null, "has", "no such tag")), "conditions[0].value", "no tag");
        expectInvalid(
                List.of(cond("tag", null, "has", "00000000-0000-0000-0000-000000000001")),
                "conditions[0].value",
                "no such tag");
        expectInvalid(
                List.of(cond("campaign", null, "replied", "00000000-0000-0000-0000-000000000001")),
                "conditions[0].value",
                "no such campaign");
        expectInvalid(List.of(cond("tag", null, "loves", vip)), "conditions[0].operator", "has, lacks");
        expectInvalid(List.of(cond("consent", "sms", "granted", null)), "conditions[0].field", "marketing or utility");
        expectInvalid(List.of(cond("last_inbound", null, "within_days", "-3")), "conditions[0].value", "whole number");
        expectInvalid(List.of(cond("created", null, "before", "yesterday")), "conditions[0].value", "YYYY-MM-DD");

        var badMatch =
                segments.call("POST", "/api/v1/segments/count", Map.of("match", "some", "conditions", List.of()));
        assertThat(badMatch.status()).isEqualTo(400);
        assertThat(badMatch.contentType()).startsWith("application/problem+json");
        var noName = segments.call(
                "POST", "/api/v1/segments", Map.of("name", " ", "definition", definition("all", List.of())));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(segments.call("GET", "/api/v1/segments", null).json()).isEmpty();
    }

    private void expectInvalid(List<Map<String, Object>> conditions, String field, String message) {
        for (var path : List.of("/api/v1/segments/count", "/api/v1/segments")) {
            var body = path.endsWith("count")
                    ? definition("all", conditions)
                    : Map.of("name", "Bad", "definition", definition("all", conditions));
            var response = segments.call("POST", path, body);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").toString()).as(path).contains("\"field\":\"" + field + "\"");
            assertThat(response.json().get("errors").toString()).as(path).contains(message);
        }
    }

    private static Map<String, Object> consent(String state) {
        return Map.of("purpose", "MARKETING", "state", state, "proof", "Signed form");
    }
}

package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.ChannelId;
import io.switchboard.inbox.SandboxInbox;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The contact list over HTTP: search, every filter, keyset pages, last activity from messages, CSV export. */
abstract class ContactListTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    MessageManagement messages;

    @Autowired
    ContactDirectory directory;

    ContactsApi api;
    Tenants.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = new Tenants(workspaces, users, keys).create("Contact list");
        api = new ContactsApi(new HttpApi(port), tenant);
    }

    @Test
    void searchesNamesPhonesWaIdsAndEmails() {
        var grace = id(api.create(Map.of("displayName", "Grace Hopper", "email", "grace@navy.example")));
        var alan = id(api.create(Map.of("displayName", "Alan Turing", "phone", "+44 20 7946 0991")));
        var cotton = id(api.create(Map.of("displayName", "100% cotton_shirts")));
        var sandbox = new SandboxInbox(api.http, tenant);
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Hi");
        var waContact = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.list("wa_id=" + customer).contacts(), l -> l.size() == 1)
                .get(0);

        assertThat(ids("q=hopper")).containsExactly(grace);
        assertThat(ids("q=NAVY.example")).containsExactly(grace);
        assertThat(ids("q=" + enc("+44 20 7946"))).containsExactly(alan);
        assertThat(ids("q=" + customer)).containsExactly(id(waContact));
        assertThat(ids("q=" + enc("Ada " + customer)))
                .as("the WhatsApp profile name")
                .containsExactly(id(waContact));
        assertThat(ids("q=" + enc("%"))).as("LIKE wildcards are literal").containsExactly(cotton);
        assertThat(ids("q=" + enc("_"))).containsExactly(cotton);
        assertThat(ids("")).hasSize(4);

        // The ids-only search (the inbox's, on its own statement and indexes) finds what the list finds.
        for (var q :
                List.of("hopper", "NAVY.example", "+44 20 7946", "9460", customer, "Ada " + customer, "%", "_", "a")) {
            assertThat(matching(q, 10)).as(q).containsExactlyElementsOf(ids("q=" + enc(q)));
        }
        assertThat(ids("q=a")).as("newest first").hasSize(3).startsWith(id(waContact));
        assertThat(matching("a", 2)).containsExactlyElementsOf(ids("q=a").subList(0, 2));
        assertThat(matching("submarine", 10)).isEmpty();
    }

    private List<String> matching(String query, int limit) {
        return directory.matching(tenant.workspaceId(), query, limit).stream()
                .map(c -> c.value().toString())
                .toList();
    }

    @Test
    void filtersByTagPropertyIdentityAndLastActivity() {
        api.property("plan", "Plan", "single_select", List.of("free", "gold"));
        api.property("interests", "Interests", "multi_select", List.of("shoes", "bags"));
        var vip = api.tag("VIP").get("id").asString();
        var grace = id(api.create(Map.of(
                "displayName",
                "Grace",
                "email",
                "g@example.com",
                "tags",
                List.of(vip),
                "properties",
                Map.of("plan", "gold"))));
        var alan = id(api.create(Map.of(
                "displayName", "Alan", "properties", Map.of("plan", "free", "interests", List.of("shoes", "bags")))));
        var sandbox = new SandboxInbox(api.http, tenant);
        var recent = SandboxInbox.newCustomer();
        var old = SandboxInbox.newCustomer();
        var monthAgo = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        sandbox.customerWrites(recent, "Today");
        sandbox.customerWroteAt(old, "A month ago", monthAgo.getEpochSecond());
        await().atMost(Duration.ofSeconds(20)).until(() -> ids("identity=wa_id").size() == 2);
        var recentId = id(api.list("wa_id=" + recent).contacts().get(0));
        var oldContact = api.list("wa_id=" + old).contacts().get(0);
        assertThat(Instant.parse(oldContact.get("lastActivityAt").asString())).isEqualTo(monthAgo);

        assertThat(ids("tag=" + vip)).containsExactly(grace);
        assertThat(ids("property=plan&value=gold")).containsExactly(grace);
        assertThat(ids("property=interests&value=bags")).containsExactly(alan);
        assertThat(ids("identity=email")).containsExactly(grace);
        assertThat(ids("identity=WA_ID")).containsExactlyInAnyOrder(recentId, id(oldContact));
        var dayAgo = enc(Instant.now().minus(Duration.ofDays(1)).toString());
        assertThat(ids("activeAfter=" + dayAgo)).containsExactly(recentId);
        assertThat(ids("activeBefore=" + dayAgo)).containsExactly(id(oldContact));
        assertThat(ids("activeAfter=" + dayAgo + "&identity=email")).isEmpty();

        // An outbound message counts as activity too, and time only moves forward.
        var sent = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        messages.recordOutbound(
                tenant.workspaceId(),
                ChannelId.of(UUID.fromString(sandbox.channelId())),
                ContactId.of(UUID.fromString(alan)),
                "wamid.out-" + UUID.randomUUID(),
                "text",
                "{\"kind\":\"text\",\"body\":\"Hello Alan\"}",
                null,
                sent);
        messages.recordOutbound(
                tenant.workspaceId(),
                ChannelId.of(UUID.fromString(sandbox.channelId())),
                ContactId.of(UUID.fromString(alan)),
                "wamid.out-" + UUID.randomUUID(),
                "text",
                "{\"kind\":\"text\",\"body\":\"Late echo\"}",
                null,
                sent.minus(Duration.ofDays(3)));
        var touched = api.ok("GET", "/api/v1/contacts/" + alan, null);
        assertThat(Instant.parse(touched.get("lastActivityAt").asString())).isEqualTo(sent);
        assertThat(ids("activeAfter=" + dayAgo)).containsExactlyInAnyOrder(recentId, alan);

        for (var bad : List.of("property=plan&value=platinum", "property=nope&value=x", "identity=fax")) {
            var refused = api.call("GET", "/api/v1/contacts?" + bad, null);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.call("GET", "/api/v1/contacts?activeAfter=yesterday", null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void pagesThroughEveryContactOnceNewestFirst() {
        var made = new ArrayList<String>();
        for (var i = 0; i < 7; i++) {
            made.add(id(api.create(Map.of("displayName", "Page " + i))));
        }
        var seen = new ArrayList<String>();
        String after = null;
        var pages = 0;
        do {
            var page = api.list("limit=3" + (after == null ? "" : "&after=" + after));
            page.contacts().forEach(c -> seen.add(id(c)));
            after = page.next();
            pages++;
        } while (after != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(new HashSet<>(seen)).hasSize(7).containsExactlyInAnyOrderElementsOf(made);
        assertThat(seen.getFirst()).as("newest first").isEqualTo(made.getLast());
    }

    @Test
    void exportsTheFilteredListAsCsv() {
        api.property("plan", "Plan", "single_select", List.of("free", "gold"));
        api.property("sizes", "Sizes", "multi_select", List.of("S", "M", "L"));
        var vip = api.tag("VIP").get("id").asString();
        api.create(Map.of(
                "displayName",
                "Hopper, \"Amazing\" Grace",
                "phone",
                "+1 650 555 0101",
                "tags",
                List.of(vip),
                "properties",
                Map.of("plan", "gold", "sizes", List.of("L", "S"))));
        api.create(Map.of("displayName", "=HYPERLINK(\"http://evil\")", "tags", List.of(vip)));
        api.create(Map.of("displayName", "Not exported"));

        var response = api.raw("/api/v1/contacts/export?tag=" + vip, "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        var lines = response.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .isEqualTo("id,name,display_name,profile_name,wa_id,phone,email,bsuid,username,tags,plan,sizes,"
                        + "last_activity_at,created_at");
        var body = response.body();
        assertThat(body)
                .contains(
                        ",\"Hopper, \"\"Amazing\"\" Grace\",\"Hopper, \"\"Amazing\"\" Grace\",,,+16505550101,,,,VIP,gold,S;L,,")
                .contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",")
                .doesNotContain("Not exported");

        var bad = api.call("GET", "/api/v1/contacts/export?property=nope&value=1", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    private List<String> ids(String query) {
        var out = new ArrayList<String>();
        api.list(query + (query.isEmpty() ? "" : "&") + "limit=100").contacts().forEach(c -> out.add(id(c)));
        return out;
    }

    private static String id(JsonNode contact) {
        return contact.get("id").asString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package io.switchboard.contacts;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Merging two contacts who both wrote on WhatsApp: contacts' own data moves with "kept wins", and the
 * listeners in messaging and inbox move messages and conversations to the kept contact.
 */
abstract class ContactMergeTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    ContactsApi api;
    SandboxInbox sandbox;

    @BeforeEach
    void setUp() {
        var tenant = new Tenants(workspaces, users, keys).create("Contact merge");
        api = new ContactsApi(new HttpApi(port), tenant);
        sandbox = new SandboxInbox(api.http, tenant);
    }

    @Test
    void mergeMovesEverythingAndTheKeptContactWinsConflicts() {
        api.property("plan", "Plan", "single_select", List.of("free", "gold"));
        api.property("seats", "Seats", "number", null);
        var t1 = api.tag("one").get("id").asString();
        var t2 = api.tag("two").get("id").asString();
        var first = SandboxInbox.newCustomer();
        var second = SandboxInbox.newCustomer();
        sandbox.customerWrites(first, "From my work phone");
        sandbox.customerWrites(second, "From my private phone");
        var kept = awaitContact(first);
        var merged = awaitContact(second);
        await().atMost(Duration.ofSeconds(20)).until(() -> conversations("").size() == 2);

        api.ok("PATCH", "/api/v1/contacts/" + kept, Map.of("properties", Map.of("plan", "gold")));
        api.ok(
                "PATCH",
                "/api/v1/contacts/" + merged,
                Map.of(
                        "displayName",
                        "Ada Private",
                        "email",
                        "ada@home.example",
                        "properties",
                        Map.of("plan", "free", "seats", 5)));
        api.call("PUT", "/api/v1/contacts/" + kept + "/tags/" + t1, null);
        api.call("PUT", "/api/v1/contacts/" + merged + "/tags/" + t1, null);
        api.call("PUT", "/api/v1/contacts/" + merged + "/tags/" + t2, null);
        api.ok("POST", "/api/v1/contacts/" + merged + "/notes", Map.of("body", "Same person as the work number"));

        var result = api.ok("POST", "/api/v1/contacts/" + kept + "/merge", Map.of("from", merged));
        assertThat(result.get("id").asString()).isEqualTo(kept);
        assertThat(result.get("properties").get("plan").asString())
                .as("kept wins")
                .isEqualTo("gold");
        assertThat(result.get("properties").get("seats").asInt())
                .as("gaps filled")
                .isEqualTo(5);
        assertThat(result.get("email").asString()).isEqualTo("ada@home.example");
        assertThat(result.get("displayName").asString()).isEqualTo("Ada Private");
        assertThat(names(result.get("tags"))).containsExactly("one", "two");
        assertThat(api.call("GET", "/api/v1/contacts/" + merged, null).status()).isEqualTo(404);
        assertThat(api.list("wa_id=" + second).contacts().get(0).get("id").asString())
                .as("the merged WhatsApp id now finds the kept contact")
                .isEqualTo(kept);
        assertThat(api.ok("GET", "/api/v1/contacts/" + kept + "/notes", null)
                        .get(0)
                        .get("body")
                        .asString())
                .isEqualTo("Same person as the work number");

        // Messaging and inbox follow the event after commit.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.ok("GET", "/api/v1/contacts/" + kept + "/messages", null)
                                .size()
                        == 2);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> conversations("?status=RESOLVED").size() == 1);
        var open = conversations("");
        assertThat(open).hasSize(1);
        assertThat(open.getFirst().get("contactId").asString()).isEqualTo(kept);
        assertThat(conversations("?status=RESOLVED").getFirst().get("contactId").asString())
                .isEqualTo(kept);
        assertThat(api.call("GET", "/api/v1/contacts/" + merged + "/messages", null)
                        .status())
                .isEqualTo(404);

        // The merged number writes again: the message joins the kept contact's open conversation.
        sandbox.customerWrites(second, "Still me");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.ok("GET", "/api/v1/contacts/" + kept + "/messages", null)
                                .size()
                        == 3);
        assertThat(conversations("")).hasSize(1);
    }

    @Test
    void theKeptContactGetsTheMergedContactsOpenServiceWindow() {
        var old = SandboxInbox.newCustomer();
        var recent = SandboxInbox.newCustomer();
        sandbox.customerWroteAt(
                old, "Two days ago", Instant.now().minus(Duration.ofDays(2)).getEpochSecond());
        sandbox.customerWrites(recent, "Just now");
        var kept = awaitContact(old);
        var merged = awaitContact(recent);
        var text = Map.of("kind", "text", "body", "Following up");
        var closed = api.call(
                "POST",
                "/api/v1/messages",
                Map.of("contactId", kept, "channelId", sandbox.channelId(), "content", text));
        assertThat(closed.status()).as(closed.body()).isEqualTo(422);

        api.ok("POST", "/api/v1/contacts/" + kept + "/merge", Map.of("from", merged));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.call(
                                        "POST",
                                        "/api/v1/messages",
                                        Map.of("contactId", kept, "channelId", sandbox.channelId(), "content", text))
                                .status()
                        == 202);
    }

    @Test
    void refusesToMergeAContactWithItselfOrAnUnknownOne() {
        var id = api.create(Map.of("displayName", "Solo")).get("id").asString();
        var self = api.call("POST", "/api/v1/contacts/" + id + "/merge", Map.of("from", id));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        var unknown = api.call("POST", "/api/v1/contacts/" + id + "/merge", Map.of("from", UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.call("POST", "/api/v1/contacts/" + id + "/merge", Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(api.ok("GET", "/api/v1/contacts/" + id, null).get("name").asString())
                .isEqualTo("Solo");
    }

    private String awaitContact(String waId) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> api.list("wa_id=" + waId).contacts(), l -> l.size() == 1)
                .get(0)
                .get("id")
                .asString();
    }

    private List<JsonNode> conversations(String query) {
        var out = new ArrayList<JsonNode>();
        api.ok("GET", "/api/v1/conversations" + query, null).forEach(out::add);
        return out;
    }

    private static List<String> names(JsonNode tags) {
        var out = new ArrayList<String>();
        tags.forEach(t -> out.add(t.get("name").asString()));
        return out;
    }
}

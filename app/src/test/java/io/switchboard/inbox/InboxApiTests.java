package io.switchboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The conversations API over HTTP, fed by real signed webhooks from the embedded sandbox. */
abstract class InboxApiTests {
    @LocalServerPort
    int port;

    @Autowired
    ServiceWindows windows;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    HttpApi api;
    Tenants.Tenant tenant;
    SandboxInbox sandbox;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        tenant = new Tenants(workspaces, users, keys).create("Inbox API");
        sandbox = new SandboxInbox(api, tenant);
    }

    @Test
    void customerMessagesBecomeOneOpenConversationWithUnreadCount() {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Hello");
        sandbox.customerWrites(customer, "Anyone there?");
        var conversation = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> onlyConversation(),
                        c -> c != null && c.get("unreadCount").asInt() == 2);
        assertThat(conversation.get("status").asString()).isEqualTo("OPEN");
        assertThat(conversation.get("lastDirection").asString()).isEqualTo("IN");
        assertThat(conversation.get("channelId").asString()).isEqualTo(sandbox.channelId());
        var id = conversation.get("id").asString();
        var messages = get("/api/v1/conversations/" + id + "/messages").json();
        assertThat(messages.size()).isEqualTo(2);
        // Meta's timestamps have whole seconds: two messages in one second have no order to assert.
        assertThat(List.of(
                        messages.get(0).get("content").get("body").asString(),
                        messages.get(1).get("content").get("body").asString()))
                .containsExactlyInAnyOrder("Hello", "Anyone there?");
        assertThat(get("/api/v1/conversations/counts").json().get("unassigned").asInt())
                .isEqualTo(1);
    }

    @Test
    void aMessageDeliveredLateCountsAsUnreadButNeitherReplacesTheLastMessageNorShortensTheWindow() {
        var customer = SandboxInbox.newCustomer();
        var newer = Instant.now().minusSeconds(60).getEpochSecond();
        sandbox.customerWroteAt(customer, "Second", newer);
        var first = await().atMost(Duration.ofSeconds(20)).until(this::onlyConversation, c -> c != null);
        assertThat(Instant.parse(first.get("lastMessageAt").asString())).isEqualTo(Instant.ofEpochSecond(newer));

        sandbox.customerWroteAt(customer, "First", newer - 30);
        var late = await().atMost(Duration.ofSeconds(20))
                .until(
                        this::onlyConversation,
                        c -> c != null && c.get("unreadCount").asInt() == 2);
        assertThat(Instant.parse(late.get("lastMessageAt").asString())).isEqualTo(Instant.ofEpochSecond(newer));
        var contact = new ContactId(UUID.fromString(late.get("contactId").asString()));
        var channel = new ChannelId(UUID.fromString(sandbox.channelId()));
        assertThat(windows.expiresAt(tenant.workspaceId(), contact, channel))
                .contains(Instant.ofEpochSecond(newer).plus(ServiceWindows.LENGTH));

        sandbox.customerWroteAt(customer, "Third", newer + 30);
        var latest = await().atMost(Duration.ofSeconds(20))
                .until(
                        this::onlyConversation,
                        c -> c != null && c.get("unreadCount").asInt() == 3);
        assertThat(Instant.parse(latest.get("lastMessageAt").asString())).isEqualTo(Instant.ofEpochSecond(newer + 30));
        assertThat(latest.get("lastDirection").asString()).isEqualTo("IN");
        assertThat(windows.expiresAt(tenant.workspaceId(), contact, channel))
                .contains(Instant.ofEpochSecond(newer + 30).plus(ServiceWindows.LENGTH));
    }

    @Test
    void aResolvedConversationReopensWithTheNextMessage() {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Order 17?");
        var id = await().atMost(Duration.ofSeconds(20))
                .until(this::onlyConversation, c -> c != null)
                .get("id")
                .asString();
        var resolved = patch(id, Map.of("status", "RESOLVED"));
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(get("/api/v1/conversations").json().size()).isZero();

        sandbox.customerWrites(customer, "One more thing");
        var reopened = await().atMost(Duration.ofSeconds(20)).until(this::onlyConversation, c -> c != null);
        assertThat(reopened.get("id").asString()).isEqualTo(id);
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void snoozedUntilTheCustomersReplyWakesWithIt() {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "I'll check and come back");
        var id = await().atMost(Duration.ofSeconds(20))
                .until(this::onlyConversation, c -> c != null)
                .get("id")
                .asString();
        var refused = api.call(
                "PATCH", "/api/v1/conversations/" + id, tenant.apiKey(), HttpApi.json(Map.of("status", "SNOOZED")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("/snooze-without-end");

        assertThat(patch(id, Map.of("status", "SNOOZED", "snoozeUntilReply", true))
                        .get("status")
                        .asString())
                .isEqualTo("SNOOZED");
        sandbox.customerWrites(customer, "Back again");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/v1/conversations/" + id)
                        .json()
                        .get("status")
                        .asString()
                        .equals("OPEN"));
    }

    @Test
    void labelsSubjectPriorityAndFilters() {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Refund please");
        var id = await().atMost(Duration.ofSeconds(20))
                .until(this::onlyConversation, c -> c != null)
                .get("id")
                .asString();
        var changed = patch(
                id, Map.of("labels", List.of(" Refund ", "vip"), "subject", "Refund for order 17", "priority", "HIGH"));
        assertThat(changed.get("labels").toString()).isEqualTo("[\"refund\",\"vip\"]");
        assertThat(changed.get("priority").asString()).isEqualTo("HIGH");
        assertThat(get("/api/v1/conversations?label=vip").json().size()).isEqualTo(1);
        assertThat(get("/api/v1/conversations?label=other").json().size()).isZero();
        assertThat(get("/api/v1/conversations?q=ORDER%2017").json().size()).isEqualTo(1);
        assertThat(get("/api/v1/conversations?channel=" + sandbox.channelId())
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(get("/api/v1/conversations?status=PENDING").json().size()).isZero();
    }

    @Test
    void searchFindsConversationsByContactNamePhoneNumberAndMessageText() {
        var grace = SandboxInbox.newCustomer();
        var linus = SandboxInbox.newCustomer();
        customerNamed(grace, "Grace Hopper", "Where is my parcel?");
        var graceConversation = await().atMost(Duration.ofSeconds(20))
                .until(this::onlyConversation, c -> c != null)
                .get("id")
                .asString();
        customerNamed(linus, "Linus Pauling", "The zeppelin toy arrived broken");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/v1/conversations").json().size() == 2);
        var linusConversation = get("/api/v1/conversations")
                .json()
                .valueStream()
                .map(c -> c.get("id").asString())
                .filter(id -> !id.equals(graceConversation))
                .findFirst()
                .orElseThrow();

        assertThat(search("hopper")).containsExactly(graceConversation);
        assertThat(search("Linus Pauling")).containsExactly(linusConversation);
        assertThat(search("+" + linus)).containsExactly(linusConversation);
        assertThat(search(grace)).containsExactly(graceConversation);
        assertThat(search("parcel")).containsExactly(graceConversation);
        assertThat(search("ZEPPELIN toy")).containsExactly(linusConversation);
        assertThat(search("submarine")).isEmpty();
        // The other filters still hold: a matching conversation in another status is not listed.
        assertThat(get("/api/v1/conversations?status=PENDING&q=parcel").json().size())
                .isZero();
    }

    @Test
    void assignmentViewsAndReleaseOnDeactivation() {
        var agent = Members.add(users, tenant, "Bea Agent", Role.AGENT);
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Help");
        var id = await().atMost(Duration.ofSeconds(20))
                .until(this::onlyConversation, c -> c != null)
                .get("id")
                .asString();
        var assigned = api.call(
                "PUT",
                "/api/v1/conversations/" + id + "/assignment",
                tenant.apiKey(),
                HttpApi.json(Map.of("assigneeId", agent.id().toString())));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("assigneeId").asString())
                .isEqualTo(agent.id().toString());
        assertThat(get("/api/v1/conversations?view=UNASSIGNED").json().size()).isZero();
        assertThat(get("/api/v1/conversations?assignee=" + agent.id()).json().size())
                .isEqualTo(1);

        var owner = SwitchboardPrincipal.user(tenant.workspaceId(), tenant.ownerId(), Role.OWNER, "Owner", false);
        users.deactivate(tenant.workspaceId(), agent.id(), owner);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/v1/conversations/" + id)
                        .json()
                        .get("assigneeId")
                        .isNull());
        var inactive = api.call(
                "PUT",
                "/api/v1/conversations/" + id + "/assignment",
                tenant.apiKey(),
                HttpApi.json(Map.of("assigneeId", agent.id().toString())));
        assertThat(inactive.status()).isEqualTo(400);
    }

    @Test
    void notesMentionMembersAndCannedRepliesHaveUniqueShortcuts() {
        var agent = Members.add(users, tenant, "Cleo Mentioned", Role.AGENT);
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Where is my parcel?");
        var id = await().atMost(Duration.ofSeconds(20))
                .until(this::onlyConversation, c -> c != null)
                .get("id")
                .asString();
        var note = api.call(
                "POST",
                "/api/v1/conversations/" + id + "/notes",
                tenant.apiKey(),
                HttpApi.json(Map.of("body", "@cleo can you check the <b>courier</b>?")));
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(note.json().get("mentions").toString()).contains(agent.id().toString());
        assertThat(get("/api/v1/conversations/" + id + "/notes")
                        .json()
                        .get(0)
                        .get("body")
                        .asString())
                .isEqualTo("@cleo can you check the <b>courier</b>?");

        var canned = api.call(
                "POST",
                "/api/v1/canned-replies",
                tenant.apiKey(),
                HttpApi.json(Map.of("shortcut", "/thanks", "body", "Thank you, {{contact.name}}!")));
        assertThat(canned.status()).as(canned.body()).isEqualTo(201);
        assertThat(canned.json().get("shortcut").asString()).isEqualTo("thanks");
        var again = api.call(
                "POST",
                "/api/v1/canned-replies",
                tenant.apiKey(),
                HttpApi.json(Map.of("shortcut", "thanks", "body", "Other")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(CannedReplies.fill("Thank you, {{contact.name}}! {{x}}", Map.of("contact.name", "Ada")))
                .isEqualTo("Thank you, Ada! {{x}}");
        var deleted = api.call(
                "DELETE", "/api/v1/canned-replies/" + canned.json().get("id").asString(), tenant.apiKey(), null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v1/canned-replies").json().size()).isZero();
    }

    @Test
    void repliesGoThroughTheOutboundPolicyAndReachTheCustomer() {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Where is my parcel?");
        var id = await().atMost(Duration.ofSeconds(20))
                .until(this::onlyConversation, c -> c != null)
                .get("id")
                .asString();
        var reply = Map.of("content", Map.of("kind", "text", "body", "On its way"), "idempotencyKey", "r-1");
        var sent = api.call("POST", "/api/v1/conversations/" + id + "/messages", tenant.apiKey(), HttpApi.json(reply));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(sent.json().get("reason").asString()).isEqualTo("ACCEPTED");
        var again = api.call("POST", "/api/v1/conversations/" + id + "/messages", tenant.apiKey(), HttpApi.json(reply));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("reason").asString()).isEqualTo("DUPLICATE");
        var phone = "/sandbox/control/customers/" + customer + "/messages?phone_number_id=" + sandbox.phoneNumberId();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> api.get(phone, null).json().get("messages").toString(), s -> s.contains("On its way"));
        assertThat(api.get(phone, null).json().get("messages").toString().split("On its way", -1))
                .hasSize(2);

        var bad = api.call(
                "POST", "/api/v1/conversations/" + id + "/messages", tenant.apiKey(), "{\"content\":{\"kind\":\"x\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        // A customer whose last message is 25 hours old: free-form is refused with the policy's reason.
        var silent = SandboxInbox.newCustomer();
        sandbox.customerWroteAt(
                silent,
                "Old question",
                java.time.Instant.now().minus(Duration.ofHours(25)).getEpochSecond());
        var old = await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/v1/conversations").json(), l -> l.size() == 2)
                .valueStream()
                .filter(c -> !c.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        var refused = api.call(
                "POST",
                "/api/v1/conversations/" + old + "/messages",
                tenant.apiKey(),
                HttpApi.json(Map.of("content", Map.of("kind", "text", "body", "Late answer"))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("reason").asString()).isEqualTo("OUTSIDE_SERVICE_WINDOW");
    }

    /** A text from a customer with this WhatsApp profile name, as Meta's webhook carries it. */
    private void customerNamed(String waId, String name, String text) {
        sandbox.webhook("""
                {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550100","phone_number_id":"%s"},
                 "contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
                 "messages":[{"from":"%s","id":"wamid.search-%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}""".formatted(
                        sandbox.phoneNumberId(),
                        name,
                        waId,
                        waId,
                        java.util.UUID.randomUUID(),
                        System.currentTimeMillis() / 1000,
                        text));
    }

    private List<String> search(String query) {
        return get("/api/v1/conversations?q="
                        + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .valueStream()
                .map(c -> c.get("id").asString())
                .toList();
    }

    private JsonNode patch(String id, Map<String, Object> change) {
        var response = api.call("PATCH", "/api/v1/conversations/" + id, tenant.apiKey(), HttpApi.json(change));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private HttpApi.Response get(String path) {
        var response = api.get(path, tenant.apiKey());
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode onlyConversation() {
        var list = get("/api/v1/conversations").json();
        return list.size() == 1 ? list.get(0) : null;
    }
}

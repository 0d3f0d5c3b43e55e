package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.Members;
import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contact pages over HTTP with a signed-in session: merge, export, the inbox fragment, errors, roles. */
@PostgresAppTest
class ContactsPageTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    Tenants tenants;
    Tenants.Tenant tenant;
    ContactsApi api;
    FormSession session;

    @BeforeEach
    void setUp() {
        tenants = new Tenants(workspaces, users, keys);
        tenant = tenants.create("Contact pages");
        api = new ContactsApi(new HttpApi(port), tenant);
        session = new FormSession(port);
        assertThat(session.signIn(tenant.ownerEmail(), tenant.ownerPassword()).status())
                .isEqualTo(302);
    }

    @Test
    void mergesTheContactTypedIntoThisOne() {
        var kept = api.create(Map.of("displayName", "Kept")).get("id").asString();
        var merged = api.create(Map.of("displayName", "Duplicate", "email", "dup@example.com"))
                .get("id")
                .asString();
        session.get("/contacts/" + kept);

        var unknown = session.post("/contacts/" + kept + "/merge", Map.of("other", "nobody@example.com"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("No other contact has this").contains("value=\"nobody@example.com\"");

        var done = session.post("/contacts/" + kept + "/merge", Map.of("other", "DUP@example.com"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/contacts/" + kept);
        assertThat(api.call("GET", "/api/v1/contacts/" + merged, null).status()).isEqualTo(404);
        assertThat(session.get("/contacts/" + kept).body()).contains("dup@example.com");
        assertThat(session.get("/contacts/" + merged).status()).isEqualTo(404);
    }

    @Test
    void theInboxFragmentListsOnlyThisWorkspacesConversationsOfTheContact() {
        var sandbox = new SandboxInbox(api.http, tenant);
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Hello");
        var conversation = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.ok("GET", "/api/v1/conversations", null), l -> l.size() == 1)
                .get(0);
        var contact = conversation.get("contactId").asString();

        var fragment = session.get("/inbox/contacts/" + contact + "/conversations");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body())
                .contains("/inbox?c=" + conversation.get("id").asString())
                .contains("Inbox test")
                .doesNotContain("<html");

        assertThat(session.get("/inbox?c=" + conversation.get("id").asString()).body())
                .as("the inbox's contact panel links to the contact page")
                .contains("href=\"/contacts/" + contact + "\"");

        var other = tenants.create("Someone else's");
        var stranger = new FormSession(port);
        stranger.signIn(other.ownerEmail(), other.ownerPassword());
        var foreign = stranger.get("/inbox/contacts/" + contact + "/conversations");
        assertThat(foreign.body())
                .contains("No conversations")
                .doesNotContain(conversation.get("id").asString());
        assertThat(stranger.get("/contacts/" + contact).status()).isEqualTo(404);
    }

    @Test
    void exportsWhatTheListShows() {
        api.create(Map.of("displayName", "Exported Ada", "email", "ada@example.com"));
        api.create(Map.of("displayName", "Left out"));
        var csv = session.get("/contacts/export?q=ada&tag=&property=&value=&identity=&activeAfter=&activeBefore=");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,name,").contains("Exported Ada").doesNotContain("Left out");
        var list = session.get("/contacts?q=ada");
        assertThat(list.body()).contains("Exported Ada").doesNotContain("Left out");
        assertThat(session.get("/contacts/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void agentsUseTagsButOnlyAdminsDefineThem() {
        var agent = Members.add(users, tenant, "Ann Agent", Role.AGENT);
        var contact =
                api.create(Map.of("displayName", "Tagged by agent")).get("id").asString();
        var agentSession = new FormSession(port);
        agentSession.signIn(agent.email(), agent.password());
        agentSession.get("/contacts/" + contact);
        var tagged = agentSession.post("/contacts/" + contact + "/tags", Map.of("name", "Follow up"));
        assertThat(tagged.status()).isEqualTo(302);
        assertThat(api.ok("GET", "/api/v1/tags", null).get(0).get("name").asString())
                .isEqualTo("Follow up");
        agentSession.get("/contacts/settings");
        var refused = agentSession.post(
                "/contacts/settings/properties", Map.of("key", "plan", "label", "Plan", "type", "text"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.ok("GET", "/api/v1/contact-properties", null).size()).isZero();
    }
}

package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The consent fragment of the contact page and the keywords page, as a signed-in user gets them. */
@PostgresAppTest
class ConsentPageTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void anAgentRecordsConsentWithProofInTheFragment() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Page " + UUID.randomUUID());
        var sandbox = new SandboxInbox(api, tenant);
        var waId = SandboxInbox.newCustomer();
        sandbox.customerWrites(waId, "hi");
        var contact = ConsentApiTests.contactOf(api, tenant, waId);
        var agent = Members.add(users, tenant, "Agent Ana", Role.AGENT);
        var page = new FormSession(port);
        page.signIn(agent.email(), agent.password());

        var fragment = page.get("/compliance/contacts/" + contact + "/consent");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("data-testid=\"consent-marketing\"", "None on record", "name=\"_csrf\"");
        assertThat(fragment.body()).doesNotContain("<html");

        var blank = page.post(
                "/compliance/contacts/" + contact + "/consent",
                Map.of("purpose", "MARKETING", "state", "GRANTED", "proof", " "));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("data-testid=\"problem\"", "None on record");

        var recorded = page.post(
                "/compliance/contacts/" + contact + "/consent",
                Map.of(
                        "purpose",
                        "MARKETING",
                        "state",
                        "GRANTED",
                        "proof",
                        "Said yes <script>alert(1)</script> by phone"));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.body()).contains("Recorded.", "Granted", "Agent", "<td>Agent Ana</td>");
        assertThat(recorded.body()).contains("Said yes &lt;script&gt;alert(1)&lt;/script&gt; by phone");
        assertThat(recorded.body()).doesNotContain("<script>alert(1)");
        var stored = api.get("/api/v1/contacts/" + contact + "/consent", tenant.apiKey())
                .json();
        assertThat(stored.get("marketing").get("source").asString()).isEqualTo("AGENT");
        assertThat(stored.get("marketing").get("actor").asString())
                .isEqualTo("user:" + agent.id().value());

        var withoutToken = page.post(
                "/compliance/contacts/" + contact + "/consent",
                Map.of("_csrf", "forged", "purpose", "MARKETING", "state", "WITHDRAWN", "proof", "x"));
        assertThat(withoutToken.status()).isEqualTo(403);

        var other = new Tenants(workspaces, users, keys).create("Other " + UUID.randomUUID());
        var outsider = new FormSession(port);
        outsider.signIn(other.ownerEmail(), other.ownerPassword());
        assertThat(outsider.get("/compliance/contacts/" + contact + "/consent").status())
                .isEqualTo(404);
        outsider.get("/compliance/keywords");
        var foreign = outsider.post(
                "/compliance/contacts/" + contact + "/consent",
                Map.of("purpose", "MARKETING", "state", "WITHDRAWN", "proof", "not mine"));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/contacts/" + contact + "/consent", tenant.apiKey())
                        .json()
                        .get("history"))
                .hasSize(1);
    }

    @Test
    void onlyOwnersAndAdminsEditTheKeywords() {
        var tenant = new Tenants(workspaces, users, keys).create("Keywords page " + UUID.randomUUID());
        var agent = Members.add(users, tenant, "Agent Bo", Role.AGENT);
        var agentPage = new FormSession(port);
        agentPage.signIn(agent.email(), agent.password());
        assertThat(agentPage.get("/compliance/keywords").status()).isEqualTo(403);

        var owner = new FormSession(port);
        owner.signIn(tenant.ownerEmail(), tenant.ownerPassword());
        var page = owner.get("/compliance/keywords");
        assertThat(page.status()).isEqualTo(200);
        // Thymeleaf writes non-ASCII letters as entities.
        assertThat(page.body()).contains("UNSUBSCRIBE", "DISISCRIVIMI", "ARR&Ecirc;T");

        var invalid = owner.post(
                "/compliance/keywords",
                Map.of("rows[0].language", "en", "rows[0].optOut", "STOP", "rows[0].optIn", "stop"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("data-testid=\"problem\"");

        var saved = owner.post(
                "/compliance/keywords",
                Map.of(
                        "rows[0].language", "en",
                        "rows[0].optOut", "STOP\nHALT",
                        "rows[0].optIn", "START",
                        "rows[0].optOutReply", "Done <b>bye</b>",
                        "rows[1].language", ""));
        assertThat(saved.status()).isEqualTo(302);
        var after = owner.get("/compliance/keywords");
        assertThat(after.body()).contains("HALT", "Done &lt;b&gt;bye&lt;/b&gt;", "The keywords were saved.");
        assertThat(after.body()).doesNotContain("DISISCRIVIMI");
        assertThat(new HttpApi(port)
                        .get("/api/v1/compliance/keywords", tenant.apiKey())
                        .json()
                        .get("sets"))
                .hasSize(1);
    }
}

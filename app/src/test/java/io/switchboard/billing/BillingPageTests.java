package io.switchboard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may use /billing: owners and admins their workspace's card and cap, instance admins the defaults. */
@PostgresAppTest
class BillingPageTests {
    // Antarctica, far in the future: a default line no other test can notice.
    private static final String HARMLESS = "AQ,MARKETING,PMP,1.00,USD,2099-01-01";

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void agentsCannotSeeOrChangeBilling() {
        var tenant = new Tenants(workspaces, users, keys).create("Billing agents");
        var by = SwitchboardPrincipal.user(tenant.workspaceId(), tenant.ownerId(), Role.OWNER, "Owner", false);
        var email = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        var invitation = users.invite(tenant.workspaceId(), email, Role.AGENT, by);
        users.accept(invitation.token(), "Agent", "pw-agent-123456789");

        var agent = new FormSession(port);
        agent.signIn(email, "pw-agent-123456789");
        assertThat(agent.get("/").body()).doesNotContain("href=\"/billing\"");
        assertThat(agent.get("/billing").status()).isEqualTo(403);
        agent.get("/");
        assertThat(agent.post("/billing/budget", Map.of("amount", "1")).status())
                .isEqualTo(403);

        var owner = new FormSession(port);
        owner.signIn(tenant.ownerEmail(), tenant.ownerPassword());
        assertThat(owner.get("/").body()).contains("href=\"/billing\"");
        assertThat(owner.get("/billing").body()).contains("SAMPLE");
    }

    @Test
    void onlyAnInstanceAdministratorChangesTheDefaultCard() {
        var owner = new Tenants(workspaces, users, keys).create("Billing owner");
        var page = new FormSession(port);
        page.signIn(owner.ownerEmail(), owner.ownerPassword());
        page.get("/billing");
        var refused = page.post("/billing/rates/import", Map.of("csv", HARMLESS, "scope", "GLOBAL"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Only an administrator of this installation");
        assertThat(defaultLine(owner)).isFalse();

        var email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        workspaces.create("Installation admin", email, "Admin", "pw-admin-123456789", true);
        var admin = new FormSession(port);
        admin.signIn(email, "pw-admin-123456789");
        admin.get("/billing");
        var imported = admin.post("/billing/rates/import", Map.of("csv", HARMLESS, "scope", "GLOBAL"));
        assertThat(imported.body()).contains("1 row imported.");
        assertThat(defaultLine(owner)).as("every workspace reads the defaults").isTrue();
    }

    private boolean defaultLine(Tenants.Tenant who) {
        for (var rate :
                new HttpApi(port).get("/api/v1/billing/rates", who.apiKey()).json()) {
            if (rate.get("country").asString().equals("AQ")
                    && rate.get("global").asBoolean()) {
                return true;
            }
        }
        return false;
    }
}

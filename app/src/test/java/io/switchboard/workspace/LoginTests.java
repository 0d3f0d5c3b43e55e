package io.switchboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Form sign-in over real HTTP: sessions, CSRF, throttling and deactivation. */
@PostgresAppTest
class LoginTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    Tenants.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = new Tenants(workspaces, users, keys).create("Login tests");
    }

    @Test
    void pagesNeedASignIn() {
        var page = new FormSession(port).get("/settings/users");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void signsInAndOut() {
        var browser = new FormSession(port);
        assertThat(browser.signIn(tenant.ownerEmail().toUpperCase(), tenant.ownerPassword())
                        .location())
                .doesNotContain("error");
        assertThat(browser.get("/").body()).contains("Welcome to Login tests");
        browser.post("/logout", Map.of());
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void wrongPasswordIsVague() {
        var browser = new FormSession(port);
        assertThat(browser.signIn(tenant.ownerEmail(), "wrong password").location())
                .endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Wrong e-mail or password.");
    }

    @Test
    void repeatedWrongPasswordsThrottleTheAccount() {
        var browser = new FormSession(port);
        for (int i = 0; i < 5; i++) {
            browser.signIn(tenant.ownerEmail(), "guess " + i);
        }
        // Even the right password is refused now, with a message that says why and for how long.
        assertThat(browser.signIn(tenant.ownerEmail(), tenant.ownerPassword()).location())
                .endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Too many failed sign-ins. Try again in 15 minutes.");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        var browser = new FormSession(port);
        browser.signIn(tenant.ownerEmail(), tenant.ownerPassword());
        var forged = browser.post("/settings/teams", Map.of("_csrf", "forged", "name", "Forged"));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void deactivationEndsOpenSessions() {
        var owner = SwitchboardPrincipal.user(tenant.workspaceId(), tenant.ownerId(), Role.OWNER, "Owner", false);
        var invitation = users.invite(tenant.workspaceId(), "temp@example.test", Role.AGENT, owner);
        var agent = users.accept(invitation.token(), "Temp", "temporary password");
        var browser = new FormSession(port);
        browser.signIn("temp@example.test", "temporary password");
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(browser.get("/settings/api-keys").status())
                .as("agents cannot manage keys")
                .isEqualTo(403);

        users.deactivate(tenant.workspaceId(), agent, owner);

        var next = browser.get("/");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/login?deactivated");
    }

    @Test
    void ownerManagesTeamsThroughThePages() {
        var browser = new FormSession(port);
        browser.signIn(tenant.ownerEmail(), tenant.ownerPassword());
        browser.get("/settings/teams");
        assertThat(browser.post("/settings/teams", Map.of("name", "Night shift"))
                        .location())
                .endsWith("/settings/teams");
        var page = browser.get("/settings/teams").body();
        assertThat(page).contains("Night shift");
        browser.post("/settings/teams", Map.of("name", "night shift"));
        assertThat(browser.get("/settings/teams").body()).contains("There is already a team called night shift.");
    }
}

package io.switchboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.H2AppTest;
import io.switchboard.testsupport.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** First start with SWITCHBOARD_ADMIN_EMAIL, SWITCHBOARD_ADMIN_PASSWORD and SWITCHBOARD_BOOTSTRAP_API_KEY. */
@H2AppTest
@TestPropertySource(
        properties = {
            "switchboard.admin-email=Admin@Example.test",
            "switchboard.admin-password=first start password",
            "switchboard.bootstrap-api-key=provisioning-key-0123456789abcdef",
            "switchboard.workspace-name=Bootstrapped"
        })
class FirstStartTests {
    @LocalServerPort
    int port;

    @Test
    void createsTheOwnerWorkspaceAndBootstrapKey() {
        var api = new HttpApi(port);
        var workspace = api.get("/api/v1/workspace", "provisioning-key-0123456789abcdef");
        assertThat(workspace.status()).isEqualTo(200);
        assertThat(workspace.json().get("name").asString()).isEqualTo("Bootstrapped");

        var browser = new FormSession(port);
        browser.signIn("admin@example.test", "first start password");
        assertThat(browser.get("/").body()).contains("Welcome to Bootstrapped");
        assertThat(browser.get("/admin/workspaces").status())
                .as("the first owner administers the instance")
                .isEqualTo(200);
        assertThat(browser.get("/setup").location()).as("setup is closed").endsWith("/login");
    }
}

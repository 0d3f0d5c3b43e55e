package io.switchboard.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.H2AppTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The one-time setup page of a fresh installation without admin variables. */
@H2AppTest
@TestPropertySource(properties = "switchboard.workspace-name=Setup page test")
class SetupPageTests {
    @LocalServerPort
    int port;

    @Autowired
    SetupGate gate;

    @Test
    void createsTheFirstOwnerOnlyWithTheConsoleToken() {
        // The real token is random and only printed; the test replaces it with a known one.
        gate.open("known-token-for-the-test");
        var browser = new FormSession(port);
        assertThat(browser.get("/login").body()).contains("not set up yet");
        assertThat(browser.get("/setup?token=guess").body()).contains("token is wrong");

        browser.get("/setup?token=known-token-for-the-test");
        var weak = browser.post(
                "/setup",
                Map.of(
                        "token",
                        "known-token-for-the-test",
                        "workspaceName",
                        "Acme",
                        "name",
                        "Ada",
                        "email",
                        "ada@example.test",
                        "password",
                        "short"));
        assertThat(weak.body()).contains("between 10 and 200").contains("ada@example.test");

        var done = browser.post(
                "/setup",
                Map.of(
                        "token",
                        "known-token-for-the-test",
                        "workspaceName",
                        "Acme",
                        "name",
                        "Ada",
                        "email",
                        "ada@example.test",
                        "password",
                        "a proper password"));
        assertThat(done.location()).endsWith("/login?setup");
        assertThat(browser.get("/setup?token=known-token-for-the-test").location())
                .endsWith("/login");

        browser.signIn("ada@example.test", "a proper password");
        assertThat(browser.get("/").body()).contains("Welcome to Acme");
    }
}

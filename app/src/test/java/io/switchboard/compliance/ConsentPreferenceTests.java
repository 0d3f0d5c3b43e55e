package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What WhatsApp tells us withdraws marketing consent: the {@code user_preferences} webhook ("stop") and
 * error 131050 on a marketing template. No confirmation goes to the customer for either.
 */
@PostgresAppTest
class ConsentPreferenceTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whatsAppsStopPreferenceAndError131050WithdrawMarketing() {
        var tenant = new Tenants(workspaces, users, keys).create("Preferences " + UUID.randomUUID());
        var sandbox = new ConsentSandbox(new HttpApi(port), tenant, jdbc);
        var waId = SandboxInbox.newCustomer();
        var contact = sandbox.newCustomerWrites(waId, "Hello");
        sandbox.grant(contact, "Newsletter sign-up form");

        var stopped = sandbox.api.call(
                "POST",
                "/sandbox/control/customers/" + waId + "/stop-marketing?phone_number_id="
                        + sandbox.inbox.phoneNumberId(),
                null,
                null);
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.marketing(contact).equals("WITHDRAWN"));
        assertThat(sandbox.consent(contact).get("marketing").get("source").asString())
                .isEqualTo("WHATSAPP_PREFERENCE");
        assertThat(sandbox.sendTemplate(contact).json().get("reason").asString())
                .isEqualTo("OPTED_OUT");

        // An agent records a new consent, but WhatsApp still blocks marketing for this user: Meta answers
        // 131050, and the ledger follows.
        assertThat(sandbox.grant(contact, "Said yes on the phone").status()).isEqualTo(201);
        assertThat(sandbox.sendTemplate(contact).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.marketing(contact).equals("WITHDRAWN"));
        var latest = sandbox.consent(contact).get("marketing");
        assertThat(latest.get("source").asString()).isEqualTo("PROVIDER_ERROR");
        assertThat(latest.get("proof").asString()).contains("131050");
        assertThat(sandbox.consent(contact).get("history")).hasSize(4);
        assertThat(sandbox.sendTemplate(contact).json().get("reason").asString())
                .isEqualTo("OPTED_OUT");
        assertThat(sandbox.phone(waId)).doesNotContain("You will no longer");
    }
}

package io.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.Secret;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The numbers API: secrets are write-only and encrypted at rest (invariant 5), the connection test, disabling. */
@PostgresAppTest
class ChannelApiTests {
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

    @Autowired
    ChannelManagement channels;

    @Test
    void secretsAreEncryptedAtRestAndNeverReturned() {
        var tenant = new Tenants(workspaces, users, keys).create("Secrets");
        var api = new HttpApi(port);
        var token = "EAAG-token-" + UUID.randomUUID();
        var appSecret = "app-secret-" + UUID.randomUUID();
        var verify = "verify-" + UUID.randomUUID();
        var created = api.call(
                "POST",
                "/api/v1/channels",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "phoneNumberId",
                        "123456789012345",
                        "wabaId",
                        "987654321",
                        "displayPhoneNumber",
                        "+1 555 0123",
                        "accessToken",
                        token,
                        "appSecret",
                        appSecret,
                        "verifyToken",
                        verify)));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").asString();

        for (var body : new String[] {
            created.body(),
            api.get("/api/v1/channels", tenant.apiKey()).body(),
            api.get("/api/v1/channels/" + id, tenant.apiKey()).body()
        }) {
            assertThat(body).doesNotContain(token, appSecret, verify);
        }
        var stored = jdbc.sql(
                        "select access_token_enc || app_secret_enc || verify_token_enc || app_secret_fp from channels_channel where id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(token, appSecret, verify).startsWith("v1:");
        assertThat(new Secret(token).toString()).isEqualTo("****");
        assertThat(new ChannelDetails(
                                "n", "1", "2", "3", null, null, null, new Secret(token), new Secret(appSecret), null)
                        .toString())
                .doesNotContain(token, appSecret);

        // An edit without secrets keeps them: webhooks signed with the stored app secret still pass.
        var edit =
                api.call("PATCH", "/api/v1/channels/" + id, tenant.apiKey(), HttpApi.json(Map.of("name", "Renamed")));
        assertThat(edit.json().get("name").asString()).isEqualTo("Renamed");
        var body = Payloads.envelope(java.util.List.of(Payloads.entry(
                "987654321",
                java.util.List.of(Payloads.statuses(
                        "123456789012345", java.util.List.of(Payloads.status("wamid.x", "sent", 1_700_000_000)))))));
        assertThat(new Webhooks(port).postSigned(body, appSecret)).isEqualTo(200);

        var disabled = api.call("DELETE", "/api/v1/channels/" + id, tenant.apiKey(), null);
        assertThat(disabled.json().get("status").asString()).isEqualTo("DISABLED");
        assertThat(new Webhooks(port).postSigned(body, appSecret))
                .as("a disabled number's webhooks")
                .isEqualTo(401);
    }

    @Test
    void connectionTestReadsTheNumberAndFlagsARefusedToken() {
        var tenant = new Tenants(workspaces, users, keys).create("Connection");
        var api = new HttpApi(port);
        try (var graph = new FakeGraph("good-token")) {
            var id = api.call(
                            "POST",
                            "/api/v1/channels",
                            tenant.apiKey(),
                            HttpApi.json(Map.of(
                                    "phoneNumberId",
                                    "555000111",
                                    "wabaId",
                                    "555000222",
                                    "displayPhoneNumber",
                                    "+1 555 0199",
                                    "graphBaseUrl",
                                    graph.base(),
                                    "accessToken",
                                    "good-token",
                                    "appSecret",
                                    "s",
                                    "verifyToken",
                                    "v")))
                    .json()
                    .get("id")
                    .asString();
            var ok = api.call("POST", "/api/v1/channels/" + id + "/test", tenant.apiKey(), null)
                    .json();
            assertThat(ok.get("ok").asBoolean()).isTrue();
            var channel = api.get("/api/v1/channels/" + id, tenant.apiKey()).json();
            assertThat(channel.get("verifiedName").asString()).isEqualTo("Fake Shop");
            assertThat(channel.get("qualityRating").asString()).isEqualTo("GREEN");

            api.call(
                    "PATCH", "/api/v1/channels/" + id, tenant.apiKey(), HttpApi.json(Map.of("accessToken", "expired")));
            var refused = api.call("POST", "/api/v1/channels/" + id + "/test", tenant.apiKey(), null)
                    .json();
            assertThat(refused.get("ok").asBoolean()).isFalse();
            assertThat(refused.get("errorCode").asInt()).isEqualTo(190);
            assertThat(api.get("/api/v1/channels/" + id, tenant.apiKey())
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("BROKEN_CREDENTIALS");
        }
    }

    @Test
    void badInputIsAProblem() {
        var tenant = new Tenants(workspaces, users, keys).create("Problems");
        var api = new HttpApi(port);
        var missing = api.call("POST", "/api/v1/channels", tenant.apiKey(), HttpApi.json(Map.of("phoneNumberId", "1")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var unknown = api.get("/api/v1/contacts/" + UUID.randomUUID(), tenant.apiKey());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/problems/contact-not-found");
        var badPhone = api.get("/api/v1/contacts?phone=12ab", tenant.apiKey());
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("type").asString()).endsWith("/problems/invalid-phone");
    }

    @Test
    void theFirstWorkspaceGetsTheSandboxNumber() {
        new Tenants(workspaces, users, keys).create("Maybe first");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from channels_channel where sandbox = true and phone_number_id = '100000000000001'")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
        // Registered with the embedded sandbox over HTTP at creation: its Graph emulator now accepts the token.
        var sandbox = jdbc.sql("select id, workspace_id from channels_channel where sandbox = true")
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(channels.test(
                                        io.switchboard.workspace.WorkspaceId.of((UUID) sandbox[1]),
                                        ChannelId.of((UUID) sandbox[0]))
                                .ok())
                        .isTrue());
    }
}

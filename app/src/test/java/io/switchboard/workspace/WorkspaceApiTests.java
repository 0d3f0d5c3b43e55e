package io.switchboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The workspace API over real HTTP: keys, problems, invitations end to end. */
@PostgresAppTest
class WorkspaceApiTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    HttpApi api;
    Tenants.Tenant tenant;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        tenant = new Tenants(workspaces, users, keys).create("API tests");
    }

    @Test
    void rejectsCallsWithoutAKeyAsProblemJson() {
        var response = api.get("/api/v1/workspace", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/unauthorized");
        assertThat(response.json().get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void answersTheKeysWorkspace() {
        var response = api.get("/api/v1/workspace", tenant.apiKey());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("id").asString())
                .isEqualTo(tenant.workspaceId().toString());
        assertThat(response.json().get("name").asString()).isEqualTo("API tests");
    }

    @Test
    void validationProblemsListTheirFields() {
        var response = api.call("POST", "/api/v1/teams", tenant.apiKey(), "{\"name\":\"\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void unreadableBodiesAndUnknownPathsAreProblems() {
        var broken = api.call("POST", "/api/v1/teams", tenant.apiKey(), "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");

        var unknown = api.get("/api/v1/no-such-thing", tenant.apiKey());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        var badId = api.get("/api/v1/teams/not-a-uuid", tenant.apiKey());
        assertThat(badId.status()).isEqualTo(400);
    }

    @Test
    void conflictsAreProblemsWithAStableType() {
        api.call("POST", "/api/v1/teams", tenant.apiKey(), "{\"name\":\"Sales\"}");
        var again = api.call("POST", "/api/v1/teams", tenant.apiKey(), "{\"name\":\"sales\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("/problems/team-name-taken");
    }

    @Test
    void keyCreatedThroughTheApiWorksUntilRevoked() {
        var created = api.call("POST", "/api/v1/api-keys", tenant.apiKey(), "{\"name\":\"provisioning\"}");
        assertThat(created.status()).isEqualTo(201);
        var secret = created.json().get("secret").asString();
        var id = created.json().get("id").asString();

        assertThat(api.get("/api/v1/teams", secret).status()).isEqualTo(200);
        var listed = api.get("/api/v1/api-keys/" + id, tenant.apiKey()).json();
        assertThat(listed.has("secret")).isFalse();
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();

        assertThat(api.call("DELETE", "/api/v1/api-keys/" + id, tenant.apiKey(), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/teams", secret).status()).isEqualTo(401);
    }

    @Test
    void invitationFromTheApiIsAcceptedOnTheInvitePage() {
        var invited = api.call(
                "POST",
                "/api/v1/users/invitations",
                tenant.apiKey(),
                "{\"email\":\"joiner@example.test\",\"role\":\"AGENT\"}");
        assertThat(invited.status()).isEqualTo(201);
        var url = invited.json().get("inviteUrl").asString();
        var path = url.substring(url.indexOf("/invite/"));

        var browser = new FormSession(port);
        assertThat(browser.get(path).body()).contains("joiner@example.test");
        var accepted = browser.post(path, Map.of("name", "Joiner", "password", "joiner password 1"));
        assertThat(accepted.location()).endsWith("/login?joined");

        var signedIn = browser.signIn("joiner@example.test", "joiner password 1");
        assertThat(signedIn.location()).doesNotContain("error");
        assertThat(browser.get("/").body()).contains("Welcome to API tests");
        assertThat(api.get("/api/v1/users", tenant.apiKey()).body()).contains("joiner@example.test");
    }

    @Test
    void ownerRoleCannotBeGrantedByAKey() {
        var response = api.call(
                "POST",
                "/api/v1/users/invitations",
                tenant.apiKey(),
                "{\"email\":\"boss@example.test\",\"role\":\"OWNER\"}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/owner-only");
    }
}

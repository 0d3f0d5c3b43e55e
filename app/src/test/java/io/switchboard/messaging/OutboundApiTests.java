package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/v1/messages} and {@code GET /api/v1/messages/{id}} over real HTTP. */
@PostgresAppTest
class OutboundApiTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void blockedSendIsA422WithItsReasonAndStaysReadable() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Api " + UUID.randomUUID());
        var probes = new MessagesIsolationProbes();
        var ids = new java.util.HashSet<String>();
        probes.seed(api, tenant, ids);
        var message = api.get(probes.snapshots(tenant).getFirst(), tenant.apiKey());
        assertThat(message.status()).isEqualTo(200);
        assertThat(message.json().get("status").asString()).isEqualTo("BLOCKED");
        assertThat(message.json().get("reason").asString()).isEqualTo("TEMPLATE_NOT_APPROVED");
    }

    @Test
    void unknownMessageAndBadContentAreProblems() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Api " + UUID.randomUUID());
        var missing = api.get("/api/v1/messages/" + UUID.randomUUID(), tenant.apiKey());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var bad = api.call(
                "POST",
                "/api/v1/messages",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "contactId",
                        UUID.randomUUID(),
                        "channelId",
                        UUID.randomUUID(),
                        "content",
                        Map.of("kind", "fax"))));
        assertThat(bad.status()).isEqualTo(400);
        var unknownContact = api.call(
                "POST",
                "/api/v1/messages",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "contactId",
                        UUID.randomUUID(),
                        "channelId",
                        UUID.randomUUID(),
                        "content",
                        Map.of("kind", "text", "body", "hi", "previewUrl", false))));
        assertThat(unknownContact.status()).isEqualTo(404);
        assertThat(unknownContact.contentType()).startsWith("application/problem+json");
    }
}

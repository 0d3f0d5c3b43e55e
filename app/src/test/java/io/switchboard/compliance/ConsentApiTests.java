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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The consent and keyword API over real HTTP: validation problems, the CSV export, custom keywords. */
@PostgresAppTest
class ConsentApiTests {
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
    void recordsConsentAndAnswersProblems() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Consent API " + UUID.randomUUID());
        var sandbox = new SandboxInbox(api, tenant);
        var waId = SandboxInbox.newCustomer();
        sandbox.customerWrites(waId, "hello");
        var contact = contactOf(api, tenant, waId);

        var empty = api.get("/api/v1/contacts/" + contact + "/consent", tenant.apiKey())
                .json();
        assertThat(empty.get("marketing").isNull()).isTrue();
        assertThat(empty.get("history")).isEmpty();

        var created = api.call(
                "POST",
                "/api/v1/contacts/" + contact + "/consent",
                tenant.apiKey(),
                HttpApi.json(Map.of("purpose", "UTILITY", "state", "GRANTED", "proof", "Order form, box 2")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("source").asString()).isEqualTo("API");
        assertThat(created.json().get("actor").asString()).startsWith("api-key:");
        var read = api.get("/api/v1/contacts/" + contact + "/consent", tenant.apiKey())
                .json();
        assertThat(read.get("utility").get("state").asString()).isEqualTo("GRANTED");
        assertThat(read.get("marketing").isNull()).isTrue();
        assertThat(read.get("history")).hasSize(1);

        var noProof = api.call(
                "POST",
                "/api/v1/contacts/" + contact + "/consent",
                tenant.apiKey(),
                HttpApi.json(Map.of("purpose", "MARKETING", "state", "GRANTED", "proof", " ")));
        assertThat(noProof.status()).isEqualTo(400);
        assertThat(noProof.contentType()).startsWith("application/problem+json");
        assertThat(noProof.json().get("errors").get(0).get("field").asString()).isEqualTo("proof");
        var forged = api.call(
                "POST",
                "/api/v1/contacts/" + contact + "/consent",
                tenant.apiKey(),
                HttpApi.json(
                        Map.of("purpose", "MARKETING", "state", "GRANTED", "proof", "x", "source", "INBOUND_KEYWORD")));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().get("type").asString()).endsWith("/problems/consent-source-not-declarable");
        var badPurpose = api.call(
                "POST",
                "/api/v1/contacts/" + contact + "/consent",
                tenant.apiKey(),
                "{\"purpose\":\"SPAM\",\"state\":\"GRANTED\",\"proof\":\"x\"}");
        assertThat(badPurpose.status()).isEqualTo(400);
        var elsewhere = api.call(
                "POST",
                "/api/v1/contacts/" + contact + "/consent",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "purpose", "MARKETING", "state", "GRANTED", "proof", "x", "channelId", UUID.randomUUID())));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.contentType()).startsWith("application/problem+json");
        var unknown = api.get("/api/v1/contacts/" + UUID.randomUUID() + "/consent", tenant.apiKey());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/contacts/" + contact + "/consent", tenant.apiKey())
                        .json()
                        .get("history"))
                .hasSize(1);
    }

    @Test
    void exportIsTheLedgerAsCsv() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Export " + UUID.randomUUID());
        var sandbox = new SandboxInbox(api, tenant);
        var waId = SandboxInbox.newCustomer();
        sandbox.customerWrites(waId, "hello");
        var contact = contactOf(api, tenant, waId);
        record(api, tenant, contact, "GRANTED", "Form says: \"yes, send offers\", thanks");
        record(api, tenant, contact, "WITHDRAWN", "=HYPERLINK(\"http://evil\")");

        var csv = api.get("/api/v1/consent/export", tenant.apiKey());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        var lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .isEqualTo("id,contact_id,channel_id,purpose,state,source,proof,actor,occurred_at,recorded_at");
        assertThat(lines[1])
                .contains(contact, ",MARKETING,GRANTED,API,", "\"Form says: \"\"yes, send offers\"\", thanks\"");
        assertThat(lines[2]).contains(",WITHDRAWN,", "\"'=HYPERLINK(\"\"http://evil\"\")\"");

        var other = new Tenants(workspaces, users, keys).create("Other " + UUID.randomUUID());
        var theirs = api.get("/api/v1/consent/export", other.apiKey()).body();
        assertThat(theirs.split("\r\n")).hasSize(1);
    }

    @Test
    void workspaceKeywordsReplaceTheDefaults() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Keywords " + UUID.randomUUID());
        var defaults =
                api.get("/api/v1/compliance/keywords", tenant.apiKey()).json().get("sets");
        assertThat(defaults.get(0).get("language").asString()).isEqualTo("en");
        assertThat(defaults.toString()).contains("STOPALL", "DISISCRIVIMI", "ABMELDEN", "CANCELAR", "ARRÊT", "PARAR");

        var contradiction = api.call(
                "PUT",
                "/api/v1/compliance/keywords",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "sets",
                        List.of(Map.of("language", "it", "optOut", List.of("BASTA"), "optIn", List.of("basta"))))));
        assertThat(contradiction.status()).isEqualTo(400);
        assertThat(contradiction.contentType()).startsWith("application/problem+json");
        assertThat(contradiction.json().get("errors").get(0).get("field").asString())
                .isEqualTo("sets[0].optIn");

        var put = api.call(
                "PUT",
                "/api/v1/compliance/keywords",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "sets",
                        List.of(Map.of(
                                "language", "it",
                                "optOut", List.of("BASTA", " "),
                                "optIn", List.of("RIPRENDI"),
                                "optOutReply", "Va bene, niente più offerte.",
                                "optInReply", "")))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("sets")).hasSize(1);
        assertThat(put.json().get("sets").get(0).get("optOut")).hasSize(1);

        var sandbox = new SandboxInbox(api, tenant);
        var waId = SandboxInbox.newCustomer();
        sandbox.customerWrites(waId, "Ciao");
        var contact = contactOf(api, tenant, waId);
        record(api, tenant, contact, "GRANTED", "Modulo");
        sandbox.customerWrites(waId, "Basta!");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/contacts/" + contact + "/consent", tenant.apiKey())
                        .json()
                        .get("marketing")
                        .get("state")
                        .asString()
                        .equals("WITHDRAWN"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ConsentSandbox.phone(api, waId, sandbox.phoneNumberId())
                        .contains("Va bene, niente più offerte."));

        var reset = api.call("PUT", "/api/v1/compliance/keywords", tenant.apiKey(), "{\"sets\":[]}");
        assertThat(reset.json().get("sets").get(0).get("language").asString()).isEqualTo("en");
    }

    private static void record(HttpApi api, Tenants.Tenant tenant, String contact, String state, String proof) {
        var response = api.call(
                "POST",
                "/api/v1/contacts/" + contact + "/consent",
                tenant.apiKey(),
                HttpApi.json(Map.of("purpose", "MARKETING", "state", state, "proof", proof)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    static String contactOf(HttpApi api, Tenants.Tenant tenant, String waId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/contacts?wa_id=" + waId, tenant.apiKey()),
                        r -> r.status() == 200 && !r.json().isEmpty())
                .json()
                .get(0)
                .get("id")
                .asString();
    }
}

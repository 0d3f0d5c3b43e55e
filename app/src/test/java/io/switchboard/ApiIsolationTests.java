package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.IsolationProbes;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceIsolationProbes;
import io.switchboard.workspace.WorkspaceManagement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Invariant 4: an API key of workspace A can neither read nor change anything of workspace B, on every
 * endpoint of the API. Each module contributes its {@link IsolationProbes}; an endpoint of the OpenAPI
 * document that no module probes fails this test, so new endpoints cannot skip it.
 */
@PostgresAppTest
class ApiIsolationTests {
    /** Add each module's probes here as its API arrives. */
    static final List<IsolationProbes> MODULES = List.of(
            new WorkspaceIsolationProbes(),
            new io.switchboard.channels.ChannelsIsolationProbes(),
            new io.switchboard.templates.TemplatesIsolationProbes(),
            new io.switchboard.messaging.MessagesIsolationProbes(),
            new io.switchboard.inbox.InboxIsolationProbes(),
            new io.switchboard.campaigns.CampaignsIsolationProbes(),
            new io.switchboard.billing.BillingIsolationProbes(),
            new io.switchboard.compliance.ComplianceIsolationProbes(),
            new io.switchboard.contacts.ContactsIsolationProbes(),
            new io.switchboard.contacts.SegmentsIsolationProbes());

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void workspaceKeyCannotReadOrChangeAnotherWorkspace() {
        var api = new HttpApi(port);
        var tenants = new Tenants(workspaces, users, keys);
        var a = tenants.create("Workspace A");
        var b = tenants.create("Workspace B");
        Set<String> bIds = new HashSet<>();
        var probes = new ArrayList<IsolationProbes.Probe>();
        var snapshots = new ArrayList<String>();
        for (var module : MODULES) {
            probes.addAll(module.seed(api, b, bIds));
            snapshots.addAll(module.snapshots(b));
        }
        var before = read(api, b, snapshots);

        var soft = new SoftAssertions();
        for (var probe : probes) {
            var response = api.call(probe.method(), probe.path(), a.apiKey(), probe.body());
            var what = probe.method() + " " + probe.path();
            if (probe.expect() == IsolationProbes.Expect.DENIED) {
                soft.assertThat(response.status()).as(what).isIn(403, 404);
                soft.assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            } else {
                soft.assertThat(response.status()).as(what).isLessThan(500);
            }
            // A problem's "instance" echoes the path A itself sent; anything else naming B's ids is a leak.
            var answer = response.body().replace(probe.path(), "");
            for (var id : bIds) {
                soft.assertThat(answer).as(what + " leaks an id of B").doesNotContain(id);
            }
        }
        soft.assertThat(read(api, b, snapshots))
                .as("workspace B after A's calls")
                .isEqualTo(before);
        soft.assertAll();
    }

    @Test
    void everyApiEndpointIsProbedAndNeedsAKey() {
        var api = new HttpApi(port);
        var documented = documentedOperations(api);
        assertThat(documented).as("the OpenAPI document lists the API").isNotEmpty();

        var tenants = new Tenants(workspaces, users, keys);
        var b = tenants.create("Coverage");
        var probed = new TreeSet<String>();
        for (var module : MODULES) {
            module.seed(api, b, new HashSet<>()).forEach(p -> probed.add(p.method() + " " + p.template()));
        }
        assertThat(probed).as("every endpoint has an isolation probe").containsAll(documented);

        var soft = new SoftAssertions();
        for (var operation : documented) {
            var parts = operation.split(" ", 2);
            var path = parts[1].replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
            var response = api.call(parts[0], path, null, "{}");
            soft.assertThat(response.status()).as(operation + " without a key").isEqualTo(401);
            soft.assertThat(response.contentType()).as(operation).startsWith("application/problem+json");
            var wrongKey = api.call(parts[0], path, "sb_not-a-real-key-0000000000000000", "{}");
            soft.assertThat(wrongKey.status())
                    .as(operation + " with an unknown key")
                    .isEqualTo(401);
        }
        soft.assertAll();
    }

    private static Set<String> documentedOperations(HttpApi api) {
        var doc = api.get("/v3/api-docs", null).json();
        var operations = new TreeSet<String>();
        for (var path : doc.get("paths").propertyNames()) {
            if (!path.startsWith("/api/")) {
                continue;
            }
            for (var method : doc.get("paths").get(path).propertyNames()) {
                operations.add(method.toUpperCase() + " " + path);
            }
        }
        return operations;
    }

    private static LinkedHashMap<String, String> read(HttpApi api, Tenants.Tenant b, List<String> paths) {
        var answers = new LinkedHashMap<String, String>();
        for (var path : paths) {
            var response = api.get(path, b.apiKey());
            assertThat(response.status()).as("B reads " + path).isEqualTo(200);
            answers.put(path, response.body());
        }
        return answers;
    }
}

package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The segment pages over plain form posts: errors beside the form with the input kept, escaping, isolation. */
@PostgresAppTest
class SegmentPageTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void savesWithReadableErrorsKeepsInputAndStaysInItsWorkspace() {
        var tenants = new Tenants(workspaces, users, keys);
        var tenant = tenants.create("Segment pages");
        var api = new ContactsApi(new HttpApi(port), tenant);
        api.tag("VIP");
        api.create(Map.of(
                "displayName",
                "<i>Grace</i>",
                "tags",
                java.util.List.of(api.tag("Gold").get("id").asString())));
        api.create(Map.of("displayName", "Alan"));
        var session = new FormSession(port);
        assertThat(session.signIn(tenant.ownerEmail(), tenant.ownerPassword()).status())
                .isEqualTo(302);
        assertThat(session.get("/contacts").body()).contains("href=\"/contacts/segments\"");
        assertThat(session.get("/contacts/segments/new").status()).isEqualTo(200);

        var bad = session.post(
                "/contacts/segments",
                Map.of(
                        "name",
                        "Mine <b>",
                        "match",
                        "any",
                        "kind",
                        "property",
                        "field",
                        "nope",
                        "operator",
                        "equals",
                        "value",
                        "x<y"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("Condition 1: There is no property &#39;nope&#39; in this workspace.")
                .contains("value=\"Mine &lt;b&gt;\"")
                .contains("value=\"x&lt;y\"")
                .contains("value=\"nope\"")
                .doesNotContain("<b>");

        var count = session.post(
                "/contacts/segments/count",
                Map.of("match", "all", "kind", "tag", "field", "", "operator", "has", "value", "gold"));
        assertThat(count.status()).isEqualTo(200);
        assertThat(count.body())
                .contains("data-testid=\"segment-count\">1<")
                .contains("&lt;i&gt;Grace&lt;/i&gt;")
                .doesNotContain("Alan");
        var none = session.post("/contacts/segments/count", Map.of("match", "all"));
        assertThat(none.body()).contains("data-testid=\"segment-count\">2<");

        var saved = session.post(
                "/contacts/segments",
                Map.of(
                        "name",
                        "Gold <people>",
                        "match",
                        "all",
                        "kind",
                        "tag",
                        "field",
                        "",
                        "operator",
                        "has",
                        "value",
                        "Gold"));
        assertThat(saved.status()).isEqualTo(302);
        var page = saved.location().substring(saved.location().indexOf("/contacts/segments/"));
        assertThat(session.get(page).body()).contains("Gold &lt;people&gt;").contains("value=\"Gold\"");
        assertThat(session.get("/contacts/segments").body()).contains("Gold &lt;people&gt;");

        var other = tenants.create("Other segment pages");
        var stranger = new FormSession(port);
        stranger.signIn(other.ownerEmail(), other.ownerPassword());
        assertThat(stranger.get("/contacts/segments").body()).doesNotContain("Gold &lt;people&gt;");
        assertThat(stranger.post(page + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(stranger.get(page).status()).isEqualTo(404);
        assertThat(session.get(page).status()).isEqualTo(200);
    }
}

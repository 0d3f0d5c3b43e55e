package io.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The channels pages over real HTTP with a signed-in owner: connect a number, secrets never shown back. */
@PostgresAppTest
class ChannelsPageTests {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void ownerConnectsANumberAndSecretsStayHidden() throws Exception {
        var tenant = new Tenants(workspaces, users, keys).create("Pages");
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = get(http, "/login");
        post(
                http,
                "/login",
                Map.of("username", tenant.ownerEmail(), "password", tenant.ownerPassword(), "_csrf", csrf(login)));

        var form = get(http, "/channels/new");
        assertThat(form).contains("Connect a WhatsApp number");
        var answer = post(
                http,
                "/channels",
                Map.of(
                        "name",
                        "Shop",
                        "phoneNumberId",
                        "321321321",
                        "wabaId",
                        "654654",
                        "displayPhoneNumber",
                        "+1 555 0177",
                        "accessToken",
                        "page-token-secret",
                        "appSecret",
                        "page-app-secret",
                        "verifyToken",
                        "page-verify",
                        "_csrf",
                        csrf(form)));
        assertThat(answer.statusCode()).isEqualTo(302);
        var list = get(http, "/channels");
        assertThat(list)
                .contains("+1 555 0177", "Shop", "Test connection")
                .doesNotContain("page-token-secret", "page-app-secret");

        var bad = post(http, "/channels", Map.of("phoneNumberId", "1", "_csrf", csrf(list)));
        assertThat(bad.body()).contains("is required").doesNotContain("page-token-secret");
    }

    private String get(HttpClient http, String path) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(HttpClient http, String path, Map<String, String> fields) throws Exception {
        var body = new LinkedHashMap<>(fields)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        var m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF field").isTrue();
        return m.group(1);
    }
}

package io.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A customer's file, sent through the sandbox, downloaded by the app and served back byte for byte with the
 * workspace's key: pictures inline, anything else as a never-sniffed, sandboxed download; another workspace
 * gets a 404.
 */
@PostgresAppTest
class MediaServingTests {
    // A 1×1 PNG.
    static final byte[] PNG = Base64.getDecoder().decode(SandboxInbox.PNG_1X1);
    static final byte[] HTML = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

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
    SandboxInbox sandbox;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        tenant = new Tenants(workspaces, users, keys).create("Media " + System.nanoTime());
        sandbox = new SandboxInbox(api, tenant);
    }

    @Test
    void servesACustomersPictureInlineWithTheWorkspacesKeyOnly() throws Exception {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerSends(
                customer,
                Map.of(
                        "type",
                        "image",
                        "image",
                        Map.of(
                                "data",
                                Base64.getEncoder().encodeToString(PNG),
                                "mime_type",
                                "image/png",
                                "caption",
                                "x")));
        var media = storedMedia(customer);
        assertThat(media.get("mimeType").asString()).isEqualTo("image/png");
        var url = media.get("url").asString();
        assertThat(url).startsWith("/api/v1/channels/" + sandbox.channelId() + "/media/");

        var file = fetch(url, tenant.apiKey());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PNG);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("inline");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        var other = new Tenants(workspaces, users, keys).create("Media other " + System.nanoTime());
        var refused = fetch(url, other.apiKey());
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("/problems/media-not-found");
        assertThat(fetch(url, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aDocumentIsADownloadThatNoBrowserRuns() throws Exception {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerSends(
                customer,
                Map.of(
                        "type",
                        "document",
                        "document",
                        Map.of(
                                "data",
                                Base64.getEncoder().encodeToString(HTML),
                                "mime_type",
                                "text/html",
                                "filename",
                                "invoice.html")));
        var url = storedMedia(customer).get("url").asString();

        var file = fetch(url + "?filename=../../invoice%0d%0a.html", tenant.apiKey());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(HTML);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename=\"_.._invoice__.html\"");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("sandbox");
    }

    @Test
    void anUnknownFileIsAProblem() throws Exception {
        var missing = fetch("/api/v1/channels/" + sandbox.channelId() + "/media/123456789", tenant.apiKey());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new String(missing.body(), StandardCharsets.UTF_8))
                .contains("No such file on this channel in this workspace.");
    }

    /** Waits until the app has downloaded the customer's only file and returns its media view. */
    private JsonNode storedMedia(String waId) {
        var contact = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get("/api/v1/contacts?wa_id=" + waId, tenant.apiKey())
                                .json(),
                        found -> found.size() == 1)
                .get(0)
                .get("id")
                .asString();
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/contacts/" + contact + "/messages", tenant.apiKey())
                                .json()
                                .path(0)
                                .path("media"),
                        media -> "STORED".equals(media.path("status").asString("")));
    }

    private HttpResponse<byte[]> fetch(String path, @Nullable String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(api.base() + path)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

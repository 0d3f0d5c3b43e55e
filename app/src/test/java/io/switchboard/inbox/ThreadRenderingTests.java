package io.switchboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of inbound message a customer can send, through the sandbox and the real intake, as the agent's
 * thread renders it: what each one says, not just its type, and customer text always escaped.
 */
@PostgresAppTest
class ThreadRenderingTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Test
    void everyInboundKindShowsWhatItSays() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Thread kinds " + System.nanoTime());
        var sandbox = new SandboxInbox(api, tenant);
        var customer = SandboxInbox.newCustomer();
        var hello = sandbox.customerWrites(customer, "Hello <script>x</script>");
        var sent = List.<Map<String, Object>>of(
                Map.of(
                        "type",
                        "image",
                        "image",
                        Map.of("data", SandboxInbox.PNG_1X1, "mime_type", "image/png", "caption", "Dented box")),
                Map.of(
                        "type",
                        "document",
                        "document",
                        Map.of(
                                "data",
                                SandboxInbox.PNG_1X1,
                                "mime_type",
                                "application/pdf",
                                "filename",
                                "receipt.pdf")),
                Map.of(
                        "type",
                        "location",
                        "location",
                        Map.of("latitude", 45.4642, "longitude", 9.19, "name", "Duomo", "address", "Piazza del Duomo")),
                Map.of(
                        "type",
                        "contacts",
                        "contacts",
                        List.of(Map.of(
                                "name",
                                Map.of("formatted_name", "Bea Courier"),
                                "phones",
                                List.of(Map.of("phone", "+39 333 765 4321"))))),
                Map.of(
                        "type",
                        "interactive",
                        "interactive",
                        Map.of("type", "button_reply", "button_reply", Map.of("id", "yes", "title", "Yes, Monday"))),
                Map.of(
                        "type",
                        "interactive",
                        "interactive",
                        Map.of("type", "list_reply", "list_reply", Map.of("id", "slot-2", "title", "Tuesday 9-12"))),
                Map.of("type", "reaction", "reaction", Map.of("message_id", hello, "emoji", "\uD83D\uDC4D")),
                Map.of("type", "reaction", "reaction", Map.of("message_id", hello, "emoji", "")),
                Map.of(
                        "type",
                        "order",
                        "order",
                        Map.of(
                                "catalog_id",
                                "cat-1",
                                "text",
                                "Gift wrap please",
                                "product_items",
                                List.of(Map.of(
                                        "product_retailer_id",
                                        "SKU-7",
                                        "quantity",
                                        2,
                                        "item_price",
                                        9.5,
                                        "currency",
                                        "EUR")))));
        sent.forEach(message -> sandbox.customerSends(customer, message));
        var conversation = await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/conversations", tenant.apiKey()).json(), l -> l.size() == 1)
                .get(0)
                .get("id")
                .asString();
        var session = new FormSession(port);
        session.signIn(tenant.ownerEmail(), tenant.ownerPassword());

        // The files download after the messages are stored: wait for both to be shown.
        var html = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> session.get("/inbox/conversations/" + conversation)
                                .body(),
                        page -> page.contains("data-testid=\"media-image\"")
                                && page.contains("data-testid=\"media-file\""));
        assertThat(html)
                .contains("Hello &lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x")
                .contains("alt=\"Dented box\"")
                .contains(">receipt.pdf</a>")
                .contains("filename=receipt.pdf")
                .contains("Duomo Piazza del Duomo", "mlat=45.4642", "mlon=9.19")
                .contains("Bea Courier", "+39 333 765 4321")
                .contains("Yes, Monday", "Tuesday 9-12")
                .contains("\uD83D\uDC4D", "(reaction removed)")
                .contains("1 item<", "SKU-7 \u00d7 2 at 9.5 EUR", "Gift wrap please");
    }
}

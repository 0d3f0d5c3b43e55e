package io.switchboard.messaging;

import static io.switchboard.testsupport.IsolationProbes.Probe.denied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.Webhooks;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.IsolationProbes;
import io.switchboard.testsupport.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Workspace B's outbound message, probed with A's key. B's message is a template the policy blocks (no
 * template module yet), so it is stored with its reason and nothing is dispatched.
 */
public class MessagesIsolationProbes implements IsolationProbes {
    private final Map<String, String> messageOf = new HashMap<>();

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var secret = "b-secret-" + UUID.randomUUID();
        var phoneId = "78" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        var channelId = api.call(
                        "POST",
                        "/api/v1/channels",
                        b.apiKey(),
                        HttpApi.json(Map.of(
                                "phoneNumberId",
                                phoneId,
                                "wabaId",
                                "89" + phoneId,
                                "displayPhoneNumber",
                                "+1 555 0143",
                                "graphBaseUrl",
                                api.base() + "/sandbox/graph",
                                "accessToken",
                                "b-token-" + UUID.randomUUID(),
                                "appSecret",
                                secret,
                                "verifyToken",
                                "b-verify")))
                .json()
                .get("id")
                .asString();
        bIds.add(channelId);
        var waId = "4916" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
        var webhook = """
                {"object":"whatsapp_business_account","entry":[{"id":"89%s","changes":[{"field":"messages","value":
                 {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550143","phone_number_id":"%s"},
                  "contacts":[{"profile":{"name":"B's customer"},"wa_id":"%s"}],
                  "messages":[{"from":"%s","id":"wamid.mb-%s","timestamp":"1700000000","type":"text",
                               "text":{"body":"hello B"}}]}}]}]}""".formatted(phoneId, phoneId, waId, waId, UUID.randomUUID());
        new Webhooks(api.base()).postSigned(webhook.getBytes(StandardCharsets.UTF_8), secret);
        var contactId = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get("/api/v1/contacts?wa_id=" + waId, b.apiKey())
                                .json(),
                        found -> found.size() == 1)
                .get(0)
                .get("id")
                .asString();
        bIds.add(contactId);
        var body = HttpApi.json(Map.of(
                "contactId", contactId,
                "channelId", channelId,
                "content",
                        Map.of(
                                "kind",
                                "template",
                                "name",
                                "b_offer",
                                "language",
                                "en_US",
                                "bodyParameters",
                                List.of())));
        var blocked = api.call("POST", "/api/v1/messages", b.apiKey(), body);
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(422);
        var messageId = blocked.json().get("messageId").asString();
        bIds.add(messageId);
        messageOf.put(b.workspaceId().toString(), messageId);
        return List.of(
                denied("GET", "/api/v1/messages/{id}", null, messageId), denied("POST", "/api/v1/messages", body));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        return List.of("/api/v1/messages/" + messageOf.get(b.workspaceId().toString()));
    }
}

package io.switchboard.channels;

import static io.switchboard.testsupport.IsolationProbes.Probe.denied;
import static io.switchboard.testsupport.IsolationProbes.Probe.noLeak;
import static org.awaitility.Awaitility.await;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.IsolationProbes;
import io.switchboard.testsupport.Tenants;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Channels, contacts and messages of workspace B, probed with workspace A's key. B's contact and message
 * are made the only way they can be: by a signed webhook to B's number.
 */
public class ChannelsIsolationProbes implements IsolationProbes {
    private final Map<String, String> contactOf = new HashMap<>();

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var secret = "b-secret-" + UUID.randomUUID();
        var phoneId = "77" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        var channel = api.call(
                        "POST",
                        "/api/v1/channels",
                        b.apiKey(),
                        HttpApi.json(Map.of(
                                "phoneNumberId",
                                phoneId,
                                "wabaId",
                                "88" + phoneId,
                                "displayPhoneNumber",
                                "+1 555 0142",
                                "accessToken",
                                "b-token-" + UUID.randomUUID(),
                                "appSecret",
                                secret,
                                "verifyToken",
                                "b-verify")))
                .json();
        var channelId = channel.get("id").asString();
        bIds.add(channelId);
        bIds.add(secret);
        var waId = "4915" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
        var body = Payloads.envelope(List.of(Payloads.entry(
                "88" + phoneId,
                List.of(Payloads.messages(
                        phoneId,
                        waId,
                        "Customer of B",
                        List.of(Payloads.text(waId, "wamid.b-" + UUID.randomUUID(), 1_700_000_000, "secret of B")))))));
        new Webhooks(api.base()).postSigned(body, secret);
        var contactId = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get("/api/v1/contacts?wa_id=" + waId, b.apiKey())
                                .json(),
                        found -> found.size() == 1)
                .get(0)
                .get("id")
                .asString();
        bIds.add(contactId);
        contactOf.put(b.workspaceId().toString(), contactId);
        // A second customer's picture, so that B has a media file (its download may never succeed here: A
        // must get a 404 whatever its state). Another contact, so B's snapshots do not follow the download.
        var mediaId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L));
        var photographer = waId + "9";
        new Webhooks(api.base())
                .postSigned(
                        Payloads.envelope(List.of(Payloads.entry(
                                "88" + phoneId,
                                List.of(Payloads.messages(
                                        phoneId, photographer, "Photographer of B", List.of("""
                                                {"from":"%s","id":"wamid.b-img-%s","timestamp":"1700000001","type":"image",
                                                 "image":{"id":"%s","mime_type":"image/jpeg"}}""".formatted(
                                                        photographer, UUID.randomUUID(), mediaId))))))),
                        secret);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var found = api.get("/api/v1/contacts?wa_id=" + photographer, b.apiKey())
                    .json();
            return found.size() == 1
                    && !api.get("/api/v1/contacts/" + found.get(0).get("id").asString() + "/messages", b.apiKey())
                            .json()
                            .path(0)
                            .path("media")
                            .isMissingNode();
        });
        bIds.add(mediaId);
        var edit = HttpApi.json(Map.of("name", "taken over", "appSecret", "stolen"));
        return List.of(
                noLeak("GET", "/api/v1/channels", null),
                noLeak(
                        "POST",
                        "/api/v1/channels",
                        HttpApi.json(Map.of(
                                "phoneNumberId",
                                phoneId,
                                "wabaId",
                                "1",
                                "displayPhoneNumber",
                                "+1 555 0100",
                                "accessToken",
                                "a",
                                "appSecret",
                                "a",
                                "verifyToken",
                                "a"))),
                denied("GET", "/api/v1/channels/{id}", null, channelId),
                denied("PATCH", "/api/v1/channels/{id}", edit, channelId),
                denied("DELETE", "/api/v1/channels/{id}", null, channelId),
                denied("POST", "/api/v1/channels/{id}/test", null, channelId),
                denied("GET", "/api/v1/channels/{id}/media/{mediaId}", null, channelId, mediaId),
                new Probe("GET", "/api/v1/contacts", "/api/v1/contacts?wa_id=" + waId, null, Expect.NO_LEAK),
                new Probe("GET", "/api/v1/contacts", "/api/v1/contacts?phone=%2B" + waId, null, Expect.NO_LEAK),
                denied("GET", "/api/v1/contacts/{id}", null, contactId),
                denied("GET", "/api/v1/contacts/{id}/messages", null, contactId));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        var contact = contactOf.get(b.workspaceId().toString());
        return List.of("/api/v1/channels", "/api/v1/contacts/" + contact, "/api/v1/contacts/" + contact + "/messages");
    }
}

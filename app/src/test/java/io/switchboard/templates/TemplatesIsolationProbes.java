package io.switchboard.templates;

import static io.switchboard.testsupport.IsolationProbes.Probe.denied;
import static io.switchboard.testsupport.IsolationProbes.Probe.noLeak;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.IsolationProbes;
import io.switchboard.testsupport.Tenants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A draft template of workspace B on B's own number, probed with workspace A's key. */
public class TemplatesIsolationProbes implements IsolationProbes {
    private final Map<String, String> templateOf = new HashMap<>();

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var phoneId = "66" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        var channelId = api.call(
                        "POST",
                        "/api/v1/channels",
                        b.apiKey(),
                        HttpApi.json(Map.of(
                                "phoneNumberId",
                                phoneId,
                                "wabaId",
                                "55" + phoneId,
                                "displayPhoneNumber",
                                "+1 555 0166",
                                "accessToken",
                                "b-token-" + UUID.randomUUID(),
                                "appSecret",
                                "b-secret-" + UUID.randomUUID(),
                                "verifyToken",
                                "b-verify")))
                .json()
                .get("id")
                .asString();
        var draft = draft(channelId, "secret_offer_of_b");
        var templateId = api.call("POST", "/api/v1/templates", b.apiKey(), draft)
                .json()
                .get("id")
                .asString();
        bIds.add(channelId);
        bIds.add(templateId);
        bIds.add("secret_offer_of_b");
        templateOf.put(b.workspaceId().toString(), templateId);
        var sync = HttpApi.json(Map.of("channelId", channelId));
        return List.of(
                noLeak("GET", "/api/v1/templates", null),
                noLeak("POST", "/api/v1/templates", draft),
                denied("GET", "/api/v1/templates/{id}", null, templateId),
                denied("PUT", "/api/v1/templates/{id}", draft(channelId, "taken_over"), templateId),
                denied("DELETE", "/api/v1/templates/{id}", null, templateId),
                denied("POST", "/api/v1/templates/{id}/submit", null, templateId),
                noLeak("POST", "/api/v1/templates/sync", sync),
                noLeak("POST", "/api/v1/templates/preview", draft(channelId, "preview_only")));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        return List.of(
                "/api/v1/templates",
                "/api/v1/templates/" + templateOf.get(b.workspaceId().toString()));
    }

    private static String draft(String channelId, String name) {
        return HttpApi.json(Map.of(
                "channelId",
                channelId,
                "name",
                name,
                "language",
                "en_US",
                "category",
                "MARKETING",
                "body",
                Map.of("text", "Hello {{1}}, our summer offer starts today.", "examples", Map.of("1", "Ana"))));
    }
}

package io.switchboard.campaigns;

import static io.switchboard.testsupport.IsolationProbes.Probe.denied;
import static io.switchboard.testsupport.IsolationProbes.Probe.noLeak;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.IsolationProbes;
import io.switchboard.testsupport.Tenants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** B's draft campaign (on B's number and template), probed with A's key. */
public class CampaignsIsolationProbes implements IsolationProbes {
    private final Map<String, String> campaignOf = new HashMap<>();

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var sandbox = new SandboxInbox(api, b);
        bIds.add(sandbox.channelId());
        var template = api.call(
                "POST",
                "/api/v1/templates",
                b.apiKey(),
                HttpApi.json(Map.of(
                        "channelId", sandbox.channelId(),
                        "name", "b_campaign_template",
                        "language", "en_US",
                        "category", "UTILITY",
                        "body", Map.of("text", "Hello from B", "examples", Map.of()))));
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        var create = Map.of(
                "name", "B's campaign",
                "channelId", sandbox.channelId(),
                "templateName", "b_campaign_template",
                "templateLanguage", "en_US",
                "audience", Map.of("waIds", List.of(SandboxInbox.newCustomer())));
        var campaign = api.call("POST", "/api/v1/campaigns", b.apiKey(), HttpApi.json(create));
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        var id = campaign.json().get("id").asString();
        bIds.add(id);
        campaignOf.put(b.workspaceId().toString(), id);
        return List.of(
                noLeak("GET", "/api/v1/campaigns", null),
                // A names B's number and template: refused as an unknown channel.
                denied("POST", "/api/v1/campaigns", HttpApi.json(create)),
                denied("GET", "/api/v1/campaigns/{id}", null, id),
                denied("GET", "/api/v1/campaigns/{id}/stats", null, id),
                denied("POST", "/api/v1/campaigns/{id}/dry-run", null, id),
                denied("POST", "/api/v1/campaigns/{id}/launch", "{}", id),
                denied("POST", "/api/v1/campaigns/{id}/pause", "{}", id),
                denied("POST", "/api/v1/campaigns/{id}/resume", null, id),
                denied("POST", "/api/v1/campaigns/{id}/cancel", null, id));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        var id = campaignOf.get(b.workspaceId().toString());
        return List.of("/api/v1/campaigns", "/api/v1/campaigns/" + id, "/api/v1/campaigns/" + id + "/stats");
    }
}

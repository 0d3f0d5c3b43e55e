package io.switchboard.contacts;

import static io.switchboard.testsupport.IsolationProbes.Probe.denied;
import static io.switchboard.testsupport.IsolationProbes.Probe.noLeak;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.IsolationProbes;
import io.switchboard.testsupport.Tenants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** B's segment over B's tag (with one member), probed with A's key; A's definitions naming B's tag are refused. */
public class SegmentsIsolationProbes implements IsolationProbes {
    private final Map<String, String> seeded = new HashMap<>();

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var tag = post(api, b, "/api/v1/tags", Map.of("name", "B segment tag"));
        var member = post(api, b, "/api/v1/contacts", Map.of("displayName", "B member", "tags", List.of(tag)));
        var definition =
                Map.of("match", "all", "conditions", List.of(Map.of("kind", "tag", "operator", "has", "value", tag)));
        var segment = post(api, b, "/api/v1/segments", Map.of("name", "B's segment", "definition", definition));
        bIds.addAll(List.of(tag, member, segment));
        seeded.put(b.workspaceId().toString(), segment);
        var named = HttpApi.json(definition);
        var save = HttpApi.json(Map.of("name", "A's copy", "definition", definition));
        return List.of(
                noLeak("GET", "/api/v1/segments", null),
                noLeak("POST", "/api/v1/segments", save),
                noLeak("POST", "/api/v1/segments/count", named),
                denied("GET", "/api/v1/segments/{id}", null, segment),
                denied("PUT", "/api/v1/segments/{id}", save, segment),
                denied("DELETE", "/api/v1/segments/{id}", null, segment),
                denied("GET", "/api/v1/segments/{id}/contacts", null, segment));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        var segment = seeded.get(b.workspaceId().toString());
        return List.of("/api/v1/segments", "/api/v1/segments/" + segment, "/api/v1/segments/" + segment + "/contacts");
    }

    private static String post(HttpApi api, Tenants.Tenant b, String path, Object body) {
        var response = api.call("POST", path, b.apiKey(), HttpApi.json(body));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}

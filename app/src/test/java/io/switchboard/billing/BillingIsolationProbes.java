package io.switchboard.billing;

import static io.switchboard.testsupport.IsolationProbes.Probe.denied;
import static io.switchboard.testsupport.IsolationProbes.Probe.noLeak;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.IsolationProbes;
import io.switchboard.testsupport.Tenants;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Workspace B's rate override, imported rates and budget cap, probed with A's key: A reads and writes only
 * its own overrides and cap (and the shared defaults), and cannot delete B's override.
 */
public class BillingIsolationProbes implements IsolationProbes {
    private static final String RATE = """
            {"country":"IT","category":"MARKETING","model":"PMP","price":0.0555,"currency":"USD","effectiveFrom":"2026-01-01"}""";

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var created = api.call("POST", "/api/v1/billing/rates", b.apiKey(), RATE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var rateId = created.json().get("id").asString();
        bIds.add(rateId);
        var imported = api.call(
                "POST",
                "/api/v1/billing/rates/import",
                b.apiKey(),
                HttpApi.json(Map.of("csv", "DE,UTILITY,PMP,0.0444,USD,2026-01-01")));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var cap = api.call("PUT", "/api/v1/billing/budget", b.apiKey(), "{\"amount\":123.45,\"currency\":\"USD\"}");
        assertThat(cap.status()).as(cap.body()).isEqualTo(200);
        return List.of(
                noLeak("GET", "/api/v1/billing/rates", null),
                noLeak("GET", "/api/v1/billing/rates/in-force", null),
                noLeak("POST", "/api/v1/billing/rates", RATE),
                denied("DELETE", "/api/v1/billing/rates/{id}", null, rateId),
                noLeak("POST", "/api/v1/billing/rates/import", "{\"csv\":\"FR,UTILITY,PMP,0.01,USD,2026-01-01\"}"),
                noLeak("POST", "/api/v1/billing/estimate", "{\"category\":\"MARKETING\",\"recipients\":[\"IT\"]}"),
                noLeak("GET", "/api/v1/billing/costs", null),
                noLeak("GET", "/api/v1/billing/budget", null),
                noLeak("PUT", "/api/v1/billing/budget", "{\"amount\":1,\"currency\":\"USD\"}"),
                noLeak("DELETE", "/api/v1/billing/budget", null));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        return List.of("/api/v1/billing/rates", "/api/v1/billing/budget", "/api/v1/billing/costs");
    }
}

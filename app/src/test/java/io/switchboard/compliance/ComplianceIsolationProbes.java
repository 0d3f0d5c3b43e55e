package io.switchboard.compliance;

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

/** B's consent ledger and keywords, probed with A's key: A cannot read, record or export B's consent. */
public class ComplianceIsolationProbes implements IsolationProbes {
    private final Map<String, String> contactOf = new HashMap<>();

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var sandbox = new SandboxInbox(api, b);
        bIds.add(sandbox.channelId());
        var waId = SandboxInbox.newCustomer();
        sandbox.customerWrites(waId, "hello from B's customer");
        var contact = ConsentApiTests.contactOf(api, b, waId);
        bIds.add(contact);
        var entry = api.call(
                "POST",
                "/api/v1/contacts/" + contact + "/consent",
                b.apiKey(),
                HttpApi.json(Map.of("purpose", "MARKETING", "state", "GRANTED", "proof", "B's proof")));
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        bIds.add(entry.json().get("id").asString());
        var keywords = HttpApi.json(Map.of(
                "sets",
                List.of(Map.of(
                        "language", "it", "optOut", List.of("BASTA"), "optIn", List.of(), "optOutReply", "ok"))));
        api.call("PUT", "/api/v1/compliance/keywords", b.apiKey(), keywords);
        contactOf.put(b.workspaceId().toString(), contact);
        var grant = "{\"purpose\":\"MARKETING\",\"state\":\"WITHDRAWN\",\"proof\":\"A was here\"}";
        return List.of(
                denied("GET", "/api/v1/contacts/{id}/consent", null, contact),
                denied("POST", "/api/v1/contacts/{id}/consent", grant, contact),
                noLeak("GET", "/api/v1/consent/export", null),
                noLeak("GET", "/api/v1/compliance/keywords", null),
                noLeak(
                        "PUT",
                        "/api/v1/compliance/keywords",
                        "{\"sets\":[{\"language\":\"en\",\"optOut\":[\"HALT\"],\"optIn\":[]}]}"));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        return List.of(
                "/api/v1/contacts/" + contactOf.get(b.workspaceId().toString()) + "/consent",
                "/api/v1/consent/export",
                "/api/v1/compliance/keywords");
    }
}

package io.switchboard.inbox;

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

/** B's conversation (from a real sandbox message), note, canned reply, team route, probed with A's key. */
public class InboxIsolationProbes implements IsolationProbes {
    private final Map<String, String> conversationOf = new HashMap<>();

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var sandbox = new SandboxInbox(api, b);
        bIds.add(sandbox.channelId());
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "secret of B's inbox");
        var conversation = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get("/api/v1/conversations?channel=" + sandbox.channelId(), b.apiKey())
                                .json(),
                        list -> list.size() == 1)
                .get(0);
        var id = conversation.get("id").asString();
        bIds.add(id);
        bIds.add(conversation.get("contactId").asString());
        var note = api.call(
                        "POST",
                        "/api/v1/conversations/" + id + "/notes",
                        b.apiKey(),
                        HttpApi.json(Map.of("body", "note of B")))
                .json();
        bIds.add(note.get("id").asString());
        var canned = api.call(
                        "POST",
                        "/api/v1/canned-replies",
                        b.apiKey(),
                        HttpApi.json(Map.of("shortcut", "b-only", "body", "canned of B")))
                .json();
        bIds.add(canned.get("id").asString());
        var team = api.call("POST", "/api/v1/teams", b.apiKey(), HttpApi.json(Map.of("name", "Team of B")))
                .json()
                .get("id")
                .asString();
        bIds.add(team);
        var route = HttpApi.json(Map.of("teamId", team, "strategy", "ROUND_ROBIN"));
        api.call("PUT", "/api/v1/inbox/routes/" + sandbox.channelId(), b.apiKey(), route);
        conversationOf.put(b.workspaceId().toString(), id);
        var owner = b.ownerId().toString();
        bIds.add(owner);
        return List.of(
                noLeak("GET", "/api/v1/conversations", null),
                new Probe(
                        "GET",
                        "/api/v1/conversations",
                        "/api/v1/conversations?channel=" + sandbox.channelId(),
                        null,
                        Expect.NO_LEAK),
                // The search reaches contacts and message text in other modules: each must stay in A's workspace.
                new Probe("GET", "/api/v1/conversations", "/api/v1/conversations?q=secret", null, Expect.NO_LEAK),
                new Probe(
                        "GET", "/api/v1/conversations", "/api/v1/conversations?q=%2B" + customer, null, Expect.NO_LEAK),
                new Probe(
                        "GET",
                        "/api/v1/conversations",
                        "/api/v1/conversations?q=Ada%20" + customer,
                        null,
                        Expect.NO_LEAK),
                noLeak("GET", "/api/v1/conversations/counts", null),
                denied("GET", "/api/v1/conversations/{id}", null, id),
                denied("PATCH", "/api/v1/conversations/{id}", "{\"status\":\"RESOLVED\",\"labels\":[\"x\"]}", id),
                denied("PUT", "/api/v1/conversations/{id}/assignment", "{\"assigneeId\":\"" + owner + "\"}", id),
                denied("GET", "/api/v1/conversations/{id}/messages", null, id),
                denied(
                        "POST",
                        "/api/v1/conversations/{id}/messages",
                        "{\"content\":{\"kind\":\"text\",\"body\":\"from A\"}}",
                        id),
                denied("GET", "/api/v1/conversations/{id}/notes", null, id),
                denied("POST", "/api/v1/conversations/{id}/notes", "{\"body\":\"from A\"}", id),
                noLeak("GET", "/api/v1/canned-replies", null),
                noLeak("POST", "/api/v1/canned-replies", "{\"shortcut\":\"b-only\",\"body\":\"A's own\"}"),
                denied(
                        "DELETE",
                        "/api/v1/canned-replies/{id}",
                        null,
                        canned.get("id").asString()),
                noLeak("GET", "/api/v1/inbox/agents", null),
                denied("PATCH", "/api/v1/inbox/agents/{userId}", "{\"capacity\":1,\"available\":true}", owner),
                noLeak("GET", "/api/v1/inbox/routes", null),
                denied("PUT", "/api/v1/inbox/routes/{channelId}", route, sandbox.channelId()));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        var id = conversationOf.get(b.workspaceId().toString());
        return List.of(
                "/api/v1/conversations/" + id,
                "/api/v1/conversations/" + id + "/notes",
                "/api/v1/conversations/" + id + "/messages",
                "/api/v1/canned-replies",
                "/api/v1/inbox/routes",
                "/api/v1/inbox/agents");
    }
}

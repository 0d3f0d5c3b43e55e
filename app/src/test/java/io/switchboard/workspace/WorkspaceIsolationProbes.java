package io.switchboard.workspace;

import static io.switchboard.testsupport.IsolationProbes.Probe.denied;
import static io.switchboard.testsupport.IsolationProbes.Probe.noLeak;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.IsolationProbes;
import io.switchboard.testsupport.Tenants;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Workspace, users, teams and API keys of workspace B, probed with workspace A's key. */
public class WorkspaceIsolationProbes implements IsolationProbes {

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var key = b.apiKey();
        bIds.add(b.workspaceId().toString());
        bIds.add(b.ownerId().toString());
        var team = api.call("POST", "/api/v1/teams", key, HttpApi.json(Map.of("name", "B support")))
                .json();
        var teamId = team.get("id").asString();
        bIds.add(teamId);
        var invitation = api.call(
                        "POST",
                        "/api/v1/users/invitations",
                        key,
                        HttpApi.json(Map.of("email", "agent-of-b@example.test", "role", "AGENT")))
                .json();
        var invitationId = invitation.get("id").asString();
        bIds.add(invitationId);
        var created = api.call("POST", "/api/v1/api-keys", key, HttpApi.json(Map.of("name", "B second key")))
                .json();
        var keyId = created.get("id").asString();
        bIds.add(keyId);
        bIds.add(created.get("secret").asString());
        var owner = b.ownerId();
        var rename = HttpApi.json(Map.of("name", "taken over"));
        return List.of(
                noLeak("GET", "/api/v1/workspace", null),
                noLeak(
                        "PATCH",
                        "/api/v1/workspace",
                        HttpApi.json(Map.of("name", "A renamed", "timeZone", "Europe/Rome"))),
                noLeak("GET", "/api/v1/users", null),
                denied("GET", "/api/v1/users/{id}", null, owner),
                denied("PATCH", "/api/v1/users/{id}", HttpApi.json(Map.of("active", false)), owner),
                denied("PATCH", "/api/v1/users/{id}", HttpApi.json(Map.of("role", "AGENT")), owner),
                noLeak("GET", "/api/v1/users/invitations", null),
                noLeak(
                        "POST",
                        "/api/v1/users/invitations",
                        HttpApi.json(Map.of("email", "someone@example.test", "role", "AGENT"))),
                denied("DELETE", "/api/v1/users/invitations/{id}", null, invitationId),
                noLeak("GET", "/api/v1/teams", null),
                noLeak("POST", "/api/v1/teams", HttpApi.json(Map.of("name", "B support"))),
                denied("GET", "/api/v1/teams/{id}", null, teamId),
                denied("PATCH", "/api/v1/teams/{id}", rename, teamId),
                denied("DELETE", "/api/v1/teams/{id}", null, teamId),
                denied("PUT", "/api/v1/teams/{id}/members/{userId}", null, teamId, owner),
                denied("DELETE", "/api/v1/teams/{id}/members/{userId}", null, teamId, owner),
                noLeak("GET", "/api/v1/api-keys", null),
                noLeak("POST", "/api/v1/api-keys", HttpApi.json(Map.of("name", "A key"))),
                denied("GET", "/api/v1/api-keys/{id}", null, keyId),
                denied("DELETE", "/api/v1/api-keys/{id}", null, keyId));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        return List.of(
                "/api/v1/workspace", "/api/v1/users", "/api/v1/users/invitations", "/api/v1/teams", "/api/v1/api-keys");
    }
}

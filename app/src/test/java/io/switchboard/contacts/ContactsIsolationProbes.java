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

/** B's contacts with a tag, a property value and a note, and B's tag and property, probed with A's key. */
public class ContactsIsolationProbes implements IsolationProbes {
    private final Map<String, List<String>> seeded = new HashMap<>();

    @Override
    public List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds) {
        var tag = post(api, b, "/api/v1/tags", Map.of("name", "B only", "colour", "#123456"));
        var property = post(
                api,
                b,
                "/api/v1/contact-properties",
                Map.of("key", "tier", "label", "Tier", "type", "single_select", "options", List.of("b1", "b2")));
        var contact = post(
                api,
                b,
                "/api/v1/contacts",
                Map.of(
                        "displayName",
                        "Secret B",
                        "email",
                        "secret-b@example.com",
                        "properties",
                        Map.of("tier", "b1"),
                        "tags",
                        List.of(tag)));
        var other = post(api, b, "/api/v1/contacts", Map.of("displayName", "Other B", "phone", "+15550001234"));
        var note = post(api, b, "/api/v1/contacts/" + contact + "/notes", Map.of("body", "B's note"));
        var upload = post(
                api, b, "/api/v1/contact-imports", Map.of("name", "b.csv", "content", "Phone,Name\n+15550009999,B\n"));
        bIds.addAll(List.of(tag, property, contact, other, note, upload));
        seeded.put(b.workspaceId().toString(), List.of(contact, tag, property, upload));
        var run = "{\"mapping\":{\"Phone\":\"phone\"},\"defaultCountry\":\"1\"}";
        var change = "{\"displayName\":\"from A\",\"properties\":{\"tier\":null}}";
        var filters = "?q=secret&tag=" + tag + "&property=tier&value=b1&identity=email";
        return List.of(
                noLeak("GET", "/api/v1/contacts", null),
                new Probe("GET", "/api/v1/contacts", "/api/v1/contacts" + filters, null, Expect.NO_LEAK),
                noLeak("POST", "/api/v1/contacts", "{\"email\":\"secret-b@example.com\"}"),
                new Probe(
                        "POST", "/api/v1/contacts", "/api/v1/contacts", "{\"tags\":[\"" + tag + "\"]}", Expect.NO_LEAK),
                denied("GET", "/api/v1/contacts/{id}", null, contact),
                denied("PATCH", "/api/v1/contacts/{id}", change, contact),
                denied("DELETE", "/api/v1/contacts/{id}", null, contact),
                denied("POST", "/api/v1/contacts/{id}/merge", "{\"from\":\"" + other + "\"}", contact),
                denied("PUT", "/api/v1/contacts/{id}/tags/{tagId}", null, other, tag),
                denied("DELETE", "/api/v1/contacts/{id}/tags/{tagId}", null, contact, tag),
                denied("GET", "/api/v1/contacts/{id}/notes", null, contact),
                denied("POST", "/api/v1/contacts/{id}/notes", "{\"body\":\"from A\"}", contact),
                noLeak("GET", "/api/v1/contacts/export", null),
                new Probe("GET", "/api/v1/contacts/export", "/api/v1/contacts/export" + filters, null, Expect.NO_LEAK),
                noLeak("GET", "/api/v1/tags", null),
                noLeak("POST", "/api/v1/tags", "{\"name\":\"B only\"}"),
                denied("PATCH", "/api/v1/tags/{id}", "{\"name\":\"renamed by A\"}", tag),
                denied("DELETE", "/api/v1/tags/{id}", null, tag),
                noLeak("GET", "/api/v1/contact-properties", null),
                noLeak(
                        "POST",
                        "/api/v1/contact-properties",
                        "{\"key\":\"tier\",\"label\":\"A's tier\",\"type\":\"text\"}"),
                denied("GET", "/api/v1/contact-properties/{id}", null, property),
                denied("PATCH", "/api/v1/contact-properties/{id}", "{\"options\":[\"a\"]}", property),
                denied("DELETE", "/api/v1/contact-properties/{id}", null, property),
                noLeak("GET", "/api/v1/contact-imports", null),
                noLeak("POST", "/api/v1/contact-imports", "{\"content\":\"Phone\\n+15550009999\\n\"}"),
                denied("GET", "/api/v1/contact-imports/{id}", null, upload),
                denied("POST", "/api/v1/contact-imports/{id}/run", run, upload),
                denied("GET", "/api/v1/contact-imports/{id}/errors", null, upload));
    }

    @Override
    public List<String> snapshots(Tenants.Tenant b) {
        var ids = seeded.get(b.workspaceId().toString());
        return List.of(
                "/api/v1/contacts",
                "/api/v1/contacts/" + ids.get(0),
                "/api/v1/contacts/" + ids.get(0) + "/notes",
                "/api/v1/tags",
                "/api/v1/contact-properties",
                "/api/v1/contacts/export",
                "/api/v1/contact-imports/" + ids.get(3));
    }

    private static String post(HttpApi api, Tenants.Tenant b, String path, Object body) {
        var response = api.call("POST", path, b.apiKey(), HttpApi.json(body));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}

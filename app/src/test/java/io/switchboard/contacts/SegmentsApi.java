package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Segments over HTTP for tests: every evaluation also checks that the count and the member pages agree. */
public final class SegmentsApi {
    private final HttpApi http;
    private final Tenants.Tenant tenant;

    public SegmentsApi(HttpApi http, Tenants.Tenant tenant) {
        this.http = http;
        this.tenant = tenant;
    }

    public static Map<String, Object> cond(
            String kind, @Nullable String field, String operator, @Nullable Object value) {
        var out = new HashMap<String, Object>(Map.of("kind", kind, "operator", operator));
        if (field != null) {
            out.put("field", field);
        }
        if (value != null) {
            out.put("value", String.valueOf(value));
        }
        return out;
    }

    public static Map<String, Object> definition(String match, List<Map<String, Object>> conditions) {
        return Map.of("match", match, "conditions", conditions);
    }

    public HttpApi.Response call(String method, String path, @Nullable Object body) {
        return http.call(method, path, tenant.apiKey(), body == null ? null : HttpApi.json(body));
    }

    public long count(Map<String, Object> definition) {
        var response = call("POST", "/api/v1/segments/count", definition);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("count").asLong();
    }

    /** Saves a segment; returns its id. */
    public String create(String name, Map<String, Object> definition) {
        var response = call("POST", "/api/v1/segments", Map.of("name", name, "definition", definition));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Every member id of a saved segment, read in pages of two. */
    public List<String> members(String segment) {
        var out = new ArrayList<String>();
        String after = null;
        var pages = 0;
        do {
            var response = http.call(
                    "GET",
                    "/api/v1/segments/" + segment + "/contacts?limit=2" + (after == null ? "" : "&after=" + after),
                    tenant.apiKey(),
                    null);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            var page = response.json();
            page.forEach(c -> out.add(c.get("id").asString()));
            after = page.size() == 2 ? page.get(1).get("id").asString() : null;
        } while (after != null && ++pages < 100);
        return out;
    }

    /** The ids a definition matches now: saved, read page by page, compared with its count, deleted. */
    public List<String> matches(String match, List<Map<String, Object>> conditions) {
        var definition = definition(match, conditions);
        var count = count(definition);
        var id = create("probe", definition);
        var members = members(id);
        assertThat(members).as("members of " + conditions).hasSize((int) count).doesNotHaveDuplicates();
        assertThat(call("DELETE", "/api/v1/segments/" + id, null).status()).isEqualTo(204);
        return members;
    }

    public List<String> matches(Map<String, Object> condition) {
        return matches("all", List.of(condition));
    }

    public static String id(JsonNode node) {
        return node.get("id").asString();
    }
}

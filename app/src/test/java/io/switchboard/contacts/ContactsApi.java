package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The contacts API of one tenant, for tests: short calls that assert success where success is expected. */
final class ContactsApi {
    /** A list page: the contacts and the {@code X-Next-After} header. */
    record Page(JsonNode contacts, @Nullable String next) {}

    final HttpApi http;
    final Tenants.Tenant tenant;

    ContactsApi(HttpApi http, Tenants.Tenant tenant) {
        this.http = http;
        this.tenant = tenant;
    }

    HttpApi.Response call(String method, String path, @Nullable Object body) {
        return http.call(method, path, tenant.apiKey(), body == null ? null : HttpApi.json(body));
    }

    JsonNode ok(String method, String path, @Nullable Object body) {
        var response = call(method, path, body);
        assertThat(response.status())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 201);
        return response.json();
    }

    JsonNode create(Map<String, Object> fields) {
        return ok("POST", "/api/v1/contacts", fields);
    }

    JsonNode property(String key, String label, String type, @Nullable List<String> options) {
        var body = new HashMap<String, Object>(Map.of("key", key, "label", label, "type", type));
        if (options != null) {
            body.put("options", options);
        }
        return ok("POST", "/api/v1/contact-properties", body);
    }

    JsonNode tag(String name) {
        return ok("POST", "/api/v1/tags", Map.of("name", name));
    }

    /** GET /api/v1/contacts with this query string; asserts 200. */
    Page list(String query) {
        var response = raw("/api/v1/contacts?" + query, "application/json");
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return new Page(
                new HttpApi.Response(200, "", response.body()).json(),
                response.headers().firstValue("X-Next-After").orElse(null));
    }

    HttpResponse<String> raw(String path, String accept) {
        var request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Authorization", "Bearer " + tenant.apiKey())
                .header("Accept", accept)
                .GET()
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

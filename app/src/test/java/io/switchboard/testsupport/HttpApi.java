package io.switchboard.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running app over real HTTP, as an API client would. */
public final class HttpApi {
    /** A response: status, content type and body; {@link #json()} parses the body. */
    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    public HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>}, for callers that need other transports (signed webhooks). */
    public String base() {
        return base;
    }

    public Response get(String path, @Nullable String key) {
        return call("GET", path, key, null);
    }

    public Response call(String method, String path, @Nullable String key, @Nullable String json) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        builder.header("Accept", "application/json, application/problem+json");
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}

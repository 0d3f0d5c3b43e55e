package io.switchboard.sandbox;

import io.switchboard.sandbox.state.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Plain HTTP to the running sandbox, so tests see exactly the bytes and statuses a client sees. */
final class SandboxClient {
    record Response(int status, JsonNode json, byte[] bytes, String contentType) {}

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    SandboxClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    Response get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    Response delete(String path, @Nullable String token) {
        return send(request(path, token).DELETE());
    }

    Response post(String path, @Nullable String token, Object body) {
        return send(
                request(path, token).header("Content-Type", "application/json").POST(publisher(body)));
    }

    Response put(String path, @Nullable String token, Object body) {
        return send(
                request(path, token).header("Content-Type", "application/json").PUT(publisher(body)));
    }

    Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            var type = response.headers().firstValue("Content-Type").orElse("");
            var bytes = response.body();
            JsonNode json = type.contains("json") && bytes.length > 0 ? Json.parse(bytes) : Json.object();
            return new Response(response.statusCode(), json, bytes, type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, @Nullable String token) {
        var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        var bytes =
                body instanceof String text ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8) : Json.bytes(body);
        return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
}

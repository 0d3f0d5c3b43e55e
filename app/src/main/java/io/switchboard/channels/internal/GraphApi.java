package io.switchboard.channels.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few Graph API reads the channels module makes itself (connection test, media download); sending
 * belongs to the Cloud API client. Resolves each channel's base URL: the local sandbox for the sandbox
 * number, else the channel's override, else {@code SWITCHBOARD_WHATSAPP_GRAPH_URL}.
 */
@Component
public class GraphApi {
    /** A JSON answer; {@code body} is an empty object when the answer was not JSON. */
    public record Answer(int status, JsonNode body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http;
    private final WhatsAppSettings settings;
    private final LocalServer server;

    GraphApi(WhatsAppSettings settings, LocalServer server) {
        this.settings = settings;
        this.server = server;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.httpTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** {@code <base>/<version>/<node>} for this channel. */
    public URI node(ChannelCredentials channel, String nodeAndQuery) {
        var base = channel.sandbox()
                ? server.baseUrl() + "/sandbox/graph"
                : channel.graphBaseUrl() != null && !channel.graphBaseUrl().isBlank()
                        ? channel.graphBaseUrl()
                        : settings.graphUrl();
        var version = channel.graphVersion() != null && !channel.graphVersion().isBlank()
                ? channel.graphVersion()
                : settings.graphVersion();
        return URI.create(trim(base) + "/" + version + "/" + nodeAndQuery);
    }

    /** GET with the channel's bearer token; I/O failures answer status 0. */
    public Answer getJson(URI uri, ChannelCredentials channel) {
        try {
            var response = http.send(request(uri, channel), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                body = JSON.createObjectNode();
            }
            return new Answer(response.statusCode(), body == null ? JSON.createObjectNode() : body);
        } catch (IOException e) {
            return new Answer(
                    0, JSON.createObjectNode().put("error_message", e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET a binary resource with the channel's bearer token (Meta's media URLs require it). */
    public HttpResponse<byte[]> getBytes(URI uri, ChannelCredentials channel) throws IOException {
        try {
            return http.send(request(uri, channel), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private HttpRequest request(URI uri, ChannelCredentials channel) {
        return HttpRequest.newBuilder(uri)
                .timeout(settings.httpTimeout())
                .header("Authorization", "Bearer " + channel.accessToken().value())
                .GET()
                .build();
    }

    static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }
}

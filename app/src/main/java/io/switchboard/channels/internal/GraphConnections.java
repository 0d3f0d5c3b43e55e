package io.switchboard.channels.internal;

import io.switchboard.channels.whatsapp.client.CloudApiClient;
import io.switchboard.channels.whatsapp.client.Connection;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * A channel's {@link Connection} for the Cloud API client: the local sandbox for the sandbox number, else
 * the channel's own Graph URL and version if it has them, else the configured ones
 * ({@code SWITCHBOARD_WHATSAPP_GRAPH_URL}, {@code SWITCHBOARD_WHATSAPP_GRAPH_VERSION}, owned by the client).
 */
@Component
public class GraphConnections {
    private final CloudApiClient client;
    private final LocalServer server;

    GraphConnections(CloudApiClient client, LocalServer server) {
        this.client = client;
        this.server = server;
    }

    public Connection of(ChannelCredentials channel) {
        var configured = client.connection(channel.phoneNumberId(), null, channel.accessToken());
        var url = channel.sandbox()
                ? URI.create(server.baseUrl() + "/sandbox/graph")
                : present(channel.graphBaseUrl()) ? URI.create(channel.graphBaseUrl()) : configured.graphUrl();
        var version = present(channel.graphVersion()) ? channel.graphVersion() : configured.graphVersion();
        return new Connection(url, version, channel.phoneNumberId(), null, channel.accessToken());
    }

    private static boolean present(@org.jspecify.annotations.Nullable String value) {
        return value != null && !value.isBlank();
    }
}

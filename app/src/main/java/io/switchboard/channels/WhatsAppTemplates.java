package io.switchboard.channels;

import io.switchboard.channels.internal.ChannelStore;
import io.switchboard.channels.internal.LocalServer;
import io.switchboard.channels.whatsapp.client.CloudApiClient;
import io.switchboard.channels.whatsapp.client.CloudTemplateApi;
import io.switchboard.channels.whatsapp.client.Connection;
import io.switchboard.channels.whatsapp.client.GraphResult;
import io.switchboard.workspace.WorkspaceId;
import java.net.URI;
import java.util.ArrayList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Message templates at the provider (Meta or the embedded sandbox) for one channel's WhatsApp Business
 * Account: the channel's WABA id, token and Graph address are resolved here, so callers pass only ids
 * and Meta's template JSON (reference §8). Stores nothing; runs no transaction (HTTP calls only).
 */
@Service
public class WhatsAppTemplates {
    private final ChannelStore channels;
    private final CloudApiClient client;
    private final CloudTemplateApi api;
    private final LocalServer server;

    WhatsAppTemplates(ChannelStore channels, CloudApiClient client, CloudTemplateApi api, LocalServer server) {
        this.channels = channels;
        this.client = client;
        this.api = api;
        this.server = server;
    }

    /**
     * Creates a template from Meta's creation JSON ({@code name, language, category, components, …}).
     *
     * @throws ChannelException NOT_FOUND if the channel is not in this workspace
     * @throws TemplateProviderException if the provider refused it or could not be reached
     */
    public SubmittedTemplate submit(WorkspaceId workspace, ChannelId channel, JsonNode request) {
        var body = unwrap(api.create(connection(workspace, channel), request));
        var category = body.path("category");
        return new SubmittedTemplate(
                body.path("id").asString(),
                body.path("status").asString("PENDING"),
                category.isString() ? category.asString() : null);
    }

    /** One page of the WABA's templates, as Meta shows them; {@code after} continues a previous page. */
    public TemplatePage list(WorkspaceId workspace, ChannelId channel, @Nullable String after, int limit) {
        var body = unwrap(api.list(connection(workspace, channel), after, limit));
        var items = new ArrayList<JsonNode>();
        body.path("data").forEach(items::add);
        var paging = body.path("paging");
        var cursor = paging.path("cursors").path("after");
        // Meta omits paging.next on the last page; a full page without it still may have more (sandbox).
        var more = paging.has("next") || items.size() >= limit;
        return new TemplatePage(items, more && cursor.isString() && !items.isEmpty() ? cursor.asString() : null);
    }

    /** One template by its provider id; empty if the provider does not know it. */
    public Optional<JsonNode> get(WorkspaceId workspace, ChannelId channel, String providerId) {
        return switch (api.get(connection(workspace, channel), providerId)) {
            case GraphResult.Ok<JsonNode> ok -> Optional.of(ok.value());
            case GraphResult.Failed<JsonNode> failed when failed.error().httpStatus() == 404 -> Optional.empty();
            case GraphResult.Failed<JsonNode> failed -> throw TemplateProviderException.of(failed.error());
        };
    }

    /** Deletes one language of a template ({@code providerId} given) or every language of the name. */
    public void delete(WorkspaceId workspace, ChannelId channel, String name, @Nullable String providerId) {
        unwrap(api.delete(connection(workspace, channel), name, providerId));
    }

    /** The WhatsApp Business Account the channel's templates live in. */
    public String wabaId(WorkspaceId workspace, ChannelId channel) {
        return channels.find(workspace, channel)
                .orElseThrow(ChannelException::notFound)
                .wabaId();
    }

    private Connection connection(WorkspaceId workspace, ChannelId id) {
        var channel = channels.find(workspace, id).orElseThrow(ChannelException::notFound);
        var secrets = channels.credentials(workspace, id).orElseThrow(ChannelException::notFound);
        var connection = client.connection(channel.phoneNumberId(), channel.wabaId(), secrets.accessToken());
        if (channel.graphVersion() != null && !channel.graphVersion().isBlank()) {
            connection = new Connection(
                    connection.graphUrl(),
                    channel.graphVersion(),
                    channel.phoneNumberId(),
                    channel.wabaId(),
                    secrets.accessToken());
        }
        // The sandbox number always talks to this node's embedded emulator, whatever port the test picked.
        if (channel.sandbox()) {
            return connection.withGraphUrl(URI.create(server.baseUrl() + "/sandbox/graph"));
        }
        var override = channel.graphBaseUrl();
        return override == null || override.isBlank() ? connection : connection.withGraphUrl(URI.create(override));
    }

    private static JsonNode unwrap(GraphResult<JsonNode> result) {
        return switch (result) {
            case GraphResult.Ok<JsonNode> ok -> ok.value();
            case GraphResult.Failed<JsonNode> failed -> throw TemplateProviderException.of(failed.error());
        };
    }
}

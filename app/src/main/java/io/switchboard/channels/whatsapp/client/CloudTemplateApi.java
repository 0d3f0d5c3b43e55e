package io.switchboard.channels.whatsapp.client;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The template endpoints of a WhatsApp Business Account (reference §8): create, list with cursor paging,
 * read one, delete. Every call needs {@link Connection#wabaId()}. Like {@link CloudApiClient}, failures
 * come back as classified {@link GraphResult.Failed} values, never as exceptions.
 */
@Component
public class CloudTemplateApi {
    private static final Logger log = LoggerFactory.getLogger(CloudTemplateApi.class);
    private final GraphHttp http;

    CloudTemplateApi(GraphApiSettings settings) {
        this.http = new GraphHttp(settings, JsonMapper.builder().build());
    }

    /** {@code POST /{waba}/message_templates} with Meta's creation JSON; answers {@code {id, status, category}}. */
    public GraphResult<JsonNode> create(Connection connection, JsonNode request) {
        return result(http.post(connection, connection.node(waba(connection), "message_templates"), request), "create");
    }

    /** One page of {@code GET /{waba}/message_templates}; {@code after} is the previous page's cursor. */
    public GraphResult<JsonNode> list(Connection connection, @Nullable String after, int limit) {
        var uri = UriComponentsBuilder.fromUri(connection.node(waba(connection), "message_templates"))
                .queryParam("limit", limit);
        if (after != null) {
            uri.queryParam("after", after);
        }
        return result(http.get(connection, uri.build().encode().toUri()), "list");
    }

    /** {@code GET /{template-id}}: every field of one template. */
    public GraphResult<JsonNode> get(Connection connection, String templateId) {
        return result(http.get(connection, connection.node(templateId)), "lookup");
    }

    /**
     * {@code DELETE /{waba}/message_templates?name=…}: every language of the name, or only the one with
     * {@code hsmId} when given.
     */
    public GraphResult<JsonNode> delete(Connection connection, String name, @Nullable String hsmId) {
        var uri = UriComponentsBuilder.fromUri(connection.node(waba(connection), "message_templates"))
                .queryParam("name", name);
        if (hsmId != null) {
            uri.queryParam("hsm_id", hsmId);
        }
        return result(http.delete(connection, uri.build().encode().toUri()), "delete");
    }

    private static String waba(Connection connection) {
        if (connection.wabaId() == null || connection.wabaId().isBlank()) {
            throw new IllegalArgumentException("template calls need the connection's WABA id");
        }
        return connection.wabaId();
    }

    private static GraphResult<JsonNode> result(Reply reply, String what) {
        if (reply.ok()) {
            return new GraphResult.Ok<>(reply.body());
        }
        var failure = GraphResult.<JsonNode>failed(reply.error());
        log.info("Graph API template {} failed: {} ({})", what, failure.error().summary(), failure.errorClass());
        return failure;
    }
}

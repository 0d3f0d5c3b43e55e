package io.switchboard.sandbox.web;

import io.switchboard.sandbox.messaging.GraphErrors;
import io.switchboard.sandbox.messaging.GraphException;
import io.switchboard.sandbox.messaging.SandboxServices;
import io.switchboard.sandbox.messaging.TemplateViews;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.Json;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The Graph API emulator: {@code /sandbox/graph/{vNN.0}/…}, every error in Meta's envelope. */
public final class GraphRoutes {
    private static final Logger log = LoggerFactory.getLogger(GraphRoutes.class);
    private static final Pattern VERSION = Pattern.compile("v\\d{1,2}\\.0");

    private final SandboxServices services;
    private final Engine engine;
    private final GraphAccess access;
    private final NodeHandlers nodes;
    private final MediaHandlers media;

    public GraphRoutes(SandboxServices services) {
        this.services = services;
        this.engine = services.engine();
        this.access = new GraphAccess(engine.numbers());
        this.media = new MediaHandlers(services, access);
        this.nodes = new NodeHandlers(services, access, media);
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .path(
                        "/sandbox/graph/{version}",
                        b -> b.POST("/{node}/messages", this::send)
                                .POST("/{node}/media", media::upload)
                                .POST("/{node}/message_templates", this::createTemplate)
                                .GET("/{node}/message_templates", this::listTemplates)
                                .DELETE("/{node}/message_templates", this::deleteTemplate)
                                .GET("/{node}/phone_numbers", nodes::phoneNumbers)
                                .GET("/{node}", nodes::get)
                                .DELETE("/{node}", nodes::delete))
                .GET("/sandbox/media/{id}", media::download)
                .filter(errors())
                .build();
    }

    private ServerResponse send(ServerRequest request) throws Exception {
        var number = access.number(request, request.pathVariable("node"), "post");
        var response = services.messaging().send(number, request.pathVariable("version"), body(request));
        return Responses.json(response);
    }

    private ServerResponse createTemplate(ServerRequest request) throws Exception {
        var waba = request.pathVariable("node");
        access.requireWaba(request, waba, "post");
        return Responses.json(services.templates().create(waba, body(request)));
    }

    private ServerResponse listTemplates(ServerRequest request) {
        var waba = request.pathVariable("node");
        access.requireWaba(request, waba, "get");
        return Responses.json(TemplateViews.page(
                engine.templates().ofWaba(waba), request.params().toSingleValueMap()));
    }

    private ServerResponse deleteTemplate(ServerRequest request) {
        var waba = request.pathVariable("node");
        access.requireWaba(request, waba, "delete");
        var name = request.param("name").orElseThrow(() -> GraphErrors.invalid("The parameter name is required."));
        return Responses.json(
                services.templates().delete(waba, name, request.param("hsm_id").orElse(null)));
    }

    private static JsonNode body(ServerRequest request) throws Exception {
        var bytes = request.body(byte[].class);
        try {
            var node = Json.parse(bytes);
            if (!node.isObject()) {
                throw GraphErrors.invalid("The request body must be a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw GraphErrors.invalid("The request body is not valid JSON.");
        }
    }

    /** Latency fault, version check, and every failure mapped to Meta's error envelope and counted. */
    private HandlerFilterFunction<ServerResponse, ServerResponse> errors() {
        return (request, next) -> {
            var node = request.pathVariables().getOrDefault("node", "-");
            try {
                var latency = engine.faults().get().latencyMs();
                if (latency > 0) {
                    Thread.sleep(latency);
                }
                var version = request.pathVariables().get("version");
                if (version != null && !VERSION.matcher(version).matches()) {
                    throw GraphErrors.invalid("Unknown Graph API version " + version + "; use e.g. v23.0.");
                }
                return next.handle(request);
            } catch (GraphException e) {
                engine.stats().rejected(node, e.code());
                return Responses.graphError(e);
            } catch (RuntimeException e) {
                log.error("Sandbox Graph API failure on {} {}", request.method(), request.path(), e);
                engine.stats().rejected(node, 1);
                return Responses.graphError(GraphErrors.of(1, "An unexpected error occurred in the sandbox."));
            }
        };
    }
}

package io.switchboard.sandbox.web;

import io.switchboard.sandbox.messaging.NumberAdmin;
import io.switchboard.sandbox.messaging.SandboxServices;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.FaultSettings;
import io.switchboard.sandbox.state.Json;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;

/** The control API under {@code /sandbox/control}: numbers, faults, stats, limits, clock, templates, reset. */
public final class ControlRoutes {
    private static final Logger log = LoggerFactory.getLogger(ControlRoutes.class);

    private final SandboxServices services;
    private final Engine engine;
    private final CustomerRoutes customers;

    public ControlRoutes(SandboxServices services) {
        this.services = services;
        this.engine = services.engine();
        this.customers = new CustomerRoutes(services);
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .path(
                        "/sandbox/control",
                        b -> b.PUT("/numbers/{id}/registration", this::register)
                                .GET(
                                        "/numbers",
                                        r -> Responses.json(services.numbers().list()))
                                .PUT("/numbers/{id}", this::updateNumber)
                                .GET(
                                        "/faults",
                                        r -> Responses.json(engine.faults().get()))
                                .PUT("/faults", this::setFaults)
                                .DELETE("/faults", r -> {
                                    engine.faults().reset();
                                    return Responses.json(engine.faults().get());
                                })
                                .GET(
                                        "/stats",
                                        r -> Responses.json(engine.stats().snapshot()))
                                .POST("/reset", r -> {
                                    services.reset();
                                    return Responses.json(Json.object().put("success", true));
                                })
                                .GET("/limits", r -> limits())
                                .PUT("/limits", this::setLimits)
                                .GET("/clock", r -> clock())
                                .POST("/clock/advance", this::advanceClock)
                                .PUT("/templates/{id}", this::changeTemplate)
                                .add(customers.routes()))
                .filter(problems())
                .build();
    }

    private ServerResponse register(ServerRequest request) throws Exception {
        var registration = read(request, NumberAdmin.Registration.class);
        return Responses.json(services.numbers().register(request.pathVariable("id"), registration));
    }

    private ServerResponse updateNumber(ServerRequest request) throws Exception {
        var update = read(request, NumberAdmin.Update.class);
        return Responses.json(services.numbers().update(request.pathVariable("id"), update));
    }

    private ServerResponse setFaults(ServerRequest request) throws Exception {
        var body = Json.parse(request.body(byte[].class));
        engine.faults()
                .set(new FaultSettings(
                        body.path("error_rate").asDouble(0),
                        body.path("error_code").asInt(FaultSettings.NONE.errorCode()),
                        body.path("latency_ms").asLong(0),
                        body.path("drop_webhook_rate").asDouble(0),
                        body.path("duplicate_webhook_rate").asDouble(0),
                        body.path("reorder_webhooks").asBoolean(false)));
        return Responses.json(engine.faults().get());
    }

    private ServerResponse limits() {
        return Responses.json(Json.object().put("enabled", engine.limits().get()));
    }

    private ServerResponse setLimits(ServerRequest request) throws Exception {
        var body = Json.parse(request.body(byte[].class));
        engine.limits().set(body.path("enabled").asBoolean(true));
        return limits();
    }

    private ServerResponse clock() {
        return Responses.json(Json.object()
                .put("now", engine.clock().epochSecond())
                .put("offset_seconds", engine.clock().offset().toSeconds()));
    }

    private ServerResponse advanceClock(ServerRequest request) throws Exception {
        var seconds = Json.parse(request.body(byte[].class)).path("seconds").asLong(0);
        if (seconds <= 0) {
            throw new IllegalArgumentException("seconds must be a positive number");
        }
        engine.clock().advance(Duration.ofSeconds(seconds));
        return clock();
    }

    private ServerResponse changeTemplate(ServerRequest request) throws Exception {
        var body = Json.parse(request.body(byte[].class));
        return Responses.json(services.templates()
                .change(
                        request.pathVariable("id"),
                        Json.textOrNull(body, "status"),
                        Json.textOrNull(body, "quality_score")));
    }

    static <T> T read(ServerRequest request, Class<T> type) throws Exception {
        return Json.MAPPER.readValue(request.body(byte[].class), type);
    }

    /** Control errors as problem+json; nothing reaches the host app's exception handlers. */
    static HandlerFilterFunction<ServerResponse, ServerResponse> problems() {
        return (request, next) -> {
            try {
                return next.handle(request);
            } catch (IllegalArgumentException e) {
                return Responses.problem(HttpStatus.BAD_REQUEST, e.getMessage());
            } catch (JacksonException e) {
                return Responses.problem(
                        HttpStatus.BAD_REQUEST,
                        "The body is not valid JSON for this request: " + e.getOriginalMessage());
            } catch (RuntimeException e) {
                log.error("Sandbox control failure on {} {}", request.method(), request.path(), e);
                return Responses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected sandbox error.");
            }
        };
    }
}

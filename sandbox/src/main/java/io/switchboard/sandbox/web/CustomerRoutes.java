package io.switchboard.sandbox.web;

import io.switchboard.sandbox.messaging.SandboxServices;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.state.MessageRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** Simulated customers: write (inbound), read, marketing preferences, window expiry, message history. */
final class CustomerRoutes {
    private final SandboxServices services;
    private final Engine engine;

    CustomerRoutes(SandboxServices services) {
        this.services = services;
        this.engine = services.engine();
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/inbound", this::inbound)
                .GET("/customers", r -> Responses.json(engine.log().customers()))
                .GET("/customers/{waId}/messages", this::messages)
                .POST(
                        "/customers/{waId}/read",
                        r -> Responses.json(Json.object()
                                .put("read", services.customers().read(r.pathVariable("waId"), number(r)))))
                .POST("/customers/{waId}/stop-marketing", r -> marketing(r, true))
                .POST("/customers/{waId}/resume-marketing", r -> marketing(r, false))
                .POST("/customers/{waId}/expire-window", this::expireWindow)
                .build();
    }

    private ServerResponse inbound(ServerRequest request) throws Exception {
        var body = Json.parse(request.body(byte[].class));
        var phoneNumberId = Json.text(body, "phone_number_id")
                .orElseThrow(() -> new IllegalArgumentException("phone_number_id is required"));
        var number = engine.numbers()
                .find(phoneNumberId)
                .orElseThrow(() -> new IllegalArgumentException("unknown phone_number_id " + phoneNumberId));
        var from = Json.text(body, "from").orElseThrow(() -> new IllegalArgumentException("from is required"));
        if (!body.path("message").isObject()) {
            throw new IllegalArgumentException("message must be a Cloud API inbound message object");
        }
        var name = Json.text(body, "profile_name").orElse(from);
        var wamid = services.inbound().receive(number, from, name, body.get("message"), MediaHandlers.baseUrl(request));
        return Responses.json(Json.object().put("id", wamid));
    }

    private ServerResponse messages(ServerRequest request) {
        var waId = request.pathVariable("waId");
        var phoneNumberId = number(request);
        var result = Json.object().put("wa_id", waId);
        engine.customers().profileName(waId).ifPresent(name -> result.put("profile_name", name));
        if (phoneNumberId != null) {
            engine.customers()
                    .windowExpiresAt(phoneNumberId, waId)
                    .ifPresent(at -> result.put("window_expires_at", at.getEpochSecond()));
            engine.customers()
                    .typingAt(phoneNumberId, waId)
                    .ifPresent(at -> result.put("typing_at", at.getEpochSecond()));
        }
        var messages = result.putArray("messages");
        engine.log().conversation(waId, phoneNumberId).stream()
                .map(MessageRecord::view)
                .forEach(view -> messages.add(Json.tree(view)));
        return Responses.json(result);
    }

    private ServerResponse marketing(ServerRequest request, boolean stop) {
        services.customers().marketing(request.pathVariable("waId"), number(request), stop);
        return Responses.json(Json.object().put("success", true));
    }

    private ServerResponse expireWindow(ServerRequest request) {
        var phoneNumberId = number(request);
        if (phoneNumberId == null) {
            throw new IllegalArgumentException("phone_number_id is required");
        }
        services.customers().expireWindow(request.pathVariable("waId"), phoneNumberId);
        return Responses.json(Json.object().put("success", true));
    }

    private static @Nullable String number(ServerRequest request) {
        return request.param("phone_number_id").filter(s -> !s.isBlank()).orElse(null);
    }
}

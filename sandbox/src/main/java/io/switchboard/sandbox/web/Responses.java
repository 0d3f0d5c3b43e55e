package io.switchboard.sandbox.web;

import io.switchboard.sandbox.messaging.GraphException;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/** Bodies serialised by the sandbox's own mapper, so the host's Jackson settings change nothing. */
final class Responses {
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private Responses() {}

    static ServerResponse json(Object body) {
        return json(200, body);
    }

    static ServerResponse json(int status, Object body) {
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Json.bytes(body));
    }

    /** Meta's Graph error envelope, always with {@code error_data.details} and a fresh {@code fbtrace_id}. */
    static ServerResponse graphError(GraphException e) {
        var root = Json.object();
        var error = root.putObject("error")
                .put(
                        "message",
                        e.type().equals("GraphMethodException") ? e.title() : "(#" + e.code() + ") " + e.title())
                .put("type", e.type())
                .put("code", e.code());
        error.putObject("error_data").put("messaging_product", "whatsapp").put("details", e.details());
        if (e.subcode() != null) {
            error.put("error_subcode", e.subcode());
        }
        error.put("fbtrace_id", Ids.fbtrace());
        return json(e.httpStatus(), root);
    }

    /** Control API errors as RFC 9457 problem details. */
    static ServerResponse problem(HttpStatus status, String detail) {
        var body = Json.object()
                .put("type", "/problems/sandbox-" + status.value())
                .put("title", status.getReasonPhrase())
                .put("status", status.value())
                .put("detail", detail);
        return ServerResponse.status(status).contentType(PROBLEM).body(Json.bytes(body));
    }
}

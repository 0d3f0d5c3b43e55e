package io.switchboard.channels.whatsapp.client;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What came back from one Graph call: a status and the parsed body, or why nothing came back.
 *
 * @param status HTTP status, 0 when unreachable
 * @param json the body if it was JSON
 * @param failure set when no response arrived (connection refused, timeout)
 */
record Reply(int status, @Nullable JsonNode json, @Nullable String failure) {

    static Reply unreachable(String failure) {
        return new Reply(0, null, failure);
    }

    boolean ok() {
        return failure == null && status >= 200 && status < 300 && json != null && json.get("error") == null;
    }

    /** The body of a successful reply; call only after {@link #ok()}. */
    JsonNode body() {
        if (json == null) {
            throw new IllegalStateException("no body");
        }
        return json;
    }

    /** The failure as a {@link GraphError}, from Meta's envelope when there is one. */
    GraphError error() {
        if (failure != null) {
            return GraphError.unreachable(failure);
        }
        var error = json == null ? null : json.get("error");
        if (error == null || !error.isObject()) {
            return GraphError.withoutEnvelope(status, "HTTP " + status + " without a Graph error body");
        }
        var code = error.get("code");
        var subcode = error.get("error_subcode");
        var message = text(error, "message");
        var data = error.get("error_data");
        return new GraphError(
                status,
                code != null && code.isNumber() ? code.asInt() : null,
                subcode != null && subcode.isNumber() ? subcode.asInt() : null,
                text(error, "type"),
                message == null ? "" : message,
                data == null ? null : text(data, "details"),
                text(error, "fbtrace_id"));
    }

    static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }
}

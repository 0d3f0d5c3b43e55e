package io.switchboard.channels.whatsapp.client;

/** A failed Graph call, for callers that prefer an exception ({@link GraphResult#orElseThrow()}). */
public class GraphCallException extends RuntimeException {
    private final GraphError error;
    private final ErrorClass errorClass;

    GraphCallException(GraphError error, ErrorClass errorClass) {
        super("Graph API call failed: " + error.summary() + " (" + errorClass + ")");
        this.error = error;
        this.errorClass = errorClass;
    }

    public GraphError error() {
        return error;
    }

    public ErrorClass errorClass() {
        return errorClass;
    }
}

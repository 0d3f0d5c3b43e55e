package io.switchboard.sandbox.messaging;

import org.jspecify.annotations.Nullable;

/**
 * An error as the Graph API reports it: {@code code}, a title (the {@code (#code) title} message),
 * {@code error_data.details} and the HTTP status Meta answers with.
 */
public final class GraphException extends RuntimeException {
    private final int code;
    private final String title;
    private final String details;
    private final int httpStatus;
    private final String type;
    private final @Nullable Integer subcode;

    public GraphException(
            int code, String title, String details, int httpStatus, String type, @Nullable Integer subcode) {
        super("(#" + code + ") " + title);
        this.code = code;
        this.title = title;
        this.details = details;
        this.httpStatus = httpStatus;
        this.type = type;
        this.subcode = subcode;
    }

    public int code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String details() {
        return details;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String type() {
        return type;
    }

    public @Nullable Integer subcode() {
        return subcode;
    }
}

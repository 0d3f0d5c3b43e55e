package io.switchboard.channels.whatsapp.client;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An error answered by the Graph API, or a failure to reach it. Branch on {@link #code()} only: Meta
 * deprecates the titles in {@code message}, and {@code details} is for people.
 *
 * @param httpStatus the HTTP status, 0 when no response arrived (network error, timeout)
 * @param code Meta's {@code error.code}; null when no error envelope came back
 * @param subcode {@code error_subcode}, which Meta stopped sending for most errors from v16.0
 * @param type e.g. {@code OAuthException}, {@code GraphMethodException}
 * @param message Meta's {@code message}, or a description of the local failure
 * @param details {@code error_data.details}: Meta's explanation for humans
 * @param fbtraceId quote this to Meta support
 */
@NamedInterface("client")
public record GraphError(
        int httpStatus,
        @Nullable Integer code,
        @Nullable Integer subcode,
        @Nullable String type,
        String message,
        @Nullable String details,
        @Nullable String fbtraceId) {

    /** No answer from Meta: connection refused, reset, or a timeout. */
    static GraphError unreachable(String what) {
        return new GraphError(0, null, null, null, what, null, null);
    }

    /** An answer without Meta's error envelope (a proxy's HTML page, an empty 502). */
    static GraphError withoutEnvelope(int httpStatus, String what) {
        return new GraphError(httpStatus, null, null, null, what, null, null);
    }

    /** For logs: code, subcode, HTTP status and trace id; never the request. */
    public String summary() {
        return "code=" + code + (subcode == null ? "" : " subcode=" + subcode) + " http=" + httpStatus
                + (fbtraceId == null ? "" : " fbtrace_id=" + fbtraceId);
    }
}

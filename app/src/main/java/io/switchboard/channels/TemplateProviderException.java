package io.switchboard.channels;

import io.switchboard.channels.whatsapp.client.GraphError;
import org.jspecify.annotations.Nullable;

/**
 * The provider refused a template call or could not be reached. The message is Meta's explanation for
 * people ({@code error_user_msg} or {@code error_data.details} when given), never a token or a URL.
 */
public class TemplateProviderException extends RuntimeException {
    private final int httpStatus;
    private final @Nullable Integer code;

    public TemplateProviderException(int httpStatus, @Nullable Integer code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    static TemplateProviderException of(GraphError error) {
        var text = error.details() != null && !error.details().isBlank() ? error.details() : error.message();
        return new TemplateProviderException(error.httpStatus(), error.code(), text);
    }

    /** The provider's HTTP status; 0 when it was not reached. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Meta's error code (e.g. 2388299), if it sent one. */
    public @Nullable Integer code() {
        return code;
    }

    /** Whether the provider was not reached or failed on its side: trying again later may work. */
    public boolean unavailable() {
        return httpStatus == 0 || httpStatus >= 500;
    }
}

package io.switchboard.channels.whatsapp.client;

import io.switchboard.Secret;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One business phone number as the Graph API sees it: where to call, with which version and token.
 * Build it per channel from stored credentials; {@link CloudApiClient#connection} fills in the
 * configured URL and version.
 *
 * @param graphUrl Graph host without version: {@code https://graph.facebook.com}, or the embedded
 *     sandbox {@code http://localhost:8080/sandbox/graph}
 * @param graphVersion e.g. {@code v23.0}
 * @param phoneNumberId Meta's id of the business phone number (not the number itself)
 * @param wabaId the WhatsApp Business Account id, when known (template endpoints need it)
 * @param accessToken system-user or business token; never logged ({@link Secret#toString()})
 */
public record Connection(
        URI graphUrl,
        String graphVersion,
        String phoneNumberId,
        @Nullable String wabaId,
        Secret accessToken) {
    static final String VERSION_PATTERN = "v\\d+\\.\\d+";

    public Connection {
        Objects.requireNonNull(graphUrl, "graphUrl");
        Objects.requireNonNull(accessToken, "accessToken");
        if (!graphVersion.matches(VERSION_PATTERN)) {
            throw new IllegalArgumentException("Graph version must look like v23.0, was " + graphVersion);
        }
        if (phoneNumberId.isBlank()) {
            throw new IllegalArgumentException("phoneNumberId is blank");
        }
    }

    /** This connection pointing at another Graph host (the sandbox, a proxy). */
    public Connection withGraphUrl(URI url) {
        return new Connection(url, graphVersion, phoneNumberId, wabaId, accessToken);
    }

    /** {@code {graphUrl}/{graphVersion}/{segments...}}, each segment percent-encoded. */
    URI node(String... segments) {
        return UriComponentsBuilder.fromUri(graphUrl)
                .pathSegment(graphVersion)
                .pathSegment(segments)
                .build()
                .encode()
                .toUri();
    }
}

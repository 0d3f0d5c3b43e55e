package io.switchboard.channels.whatsapp.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire: one pooled JDK HTTP client for every connection, a bearer token per call, and every
 * outcome, including exceptions, turned into a {@link Reply}. The token goes only into the header.
 */
final class GraphHttp {
    private final RestClient rest;
    private final JsonMapper mapper;

    GraphHttp(GraphApiSettings settings, JsonMapper mapper) {
        // One HttpClient keeps connections alive per host, so a busy number reuses its TLS sessions.
        // Redirects are not followed: the JDK would resend the bearer token to wherever they point,
        // and Graph answers (media URLs included) are never redirects.
        var http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(settings.readTimeout());
        this.rest = RestClient.builder().requestFactory(factory).build();
        this.mapper = mapper;
    }

    Reply post(Connection connection, URI uri, JsonNode body) {
        return exchange(rest.post()
                .uri(uri)
                .headers(h -> auth(h, connection))
                .contentType(MediaType.APPLICATION_JSON)
                .body(mapper.writeValueAsBytes(body)));
    }

    Reply get(Connection connection, URI uri) {
        return exchange(rest.get().uri(uri).headers(h -> auth(h, connection)));
    }

    Reply delete(Connection connection, URI uri) {
        return exchange(rest.method(HttpMethod.DELETE).uri(uri).headers(h -> auth(h, connection)));
    }

    Reply upload(Connection connection, URI uri, MediaUpload upload) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("messaging_product", "whatsapp");
        parts.add("type", upload.mimeType());
        var fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.parseMediaType(upload.mimeType()));
        parts.add("file", new HttpEntity<Resource>(upload.content(), fileHeaders));
        return exchange(rest.post()
                .uri(uri)
                .headers(h -> auth(h, connection))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts));
    }

    /** Reads a binary body with {@code reader} on 2xx; anything else becomes an error reply. */
    <T> Streamed<T> stream(Connection connection, URI uri, BodyReader<T> reader) {
        try {
            return rest.get()
                    .uri(uri)
                    .headers(h -> auth(h, connection))
                    .exchangeForRequiredValue((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status >= 200 && status < 300) {
                            return new Streamed<T>(reader.read(response.getBody()), null);
                        }
                        return new Streamed<T>(
                                null, new Reply(status, parse(response.getBody().readAllBytes()), null));
                    });
        } catch (RestClientException | UncheckedIOException e) {
            return new Streamed<>(null, Reply.unreachable(describe(e)));
        }
    }

    /** A streamed body's value, or the error reply instead. */
    record Streamed<T>(@Nullable T value, @Nullable Reply error) {}

    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    private Reply exchange(RestClient.RequestHeadersSpec<?> spec) {
        try {
            return spec.exchangeForRequiredValue((request, response) -> new Reply(
                    response.getStatusCode().value(), parse(response.getBody().readAllBytes()), null));
        } catch (RestClientException | UncheckedIOException e) {
            return Reply.unreachable(describe(e));
        }
    }

    private @Nullable JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            // A proxy's HTML error page or a truncated body: the status alone will classify it.
            return null;
        }
    }

    private static void auth(HttpHeaders headers, Connection connection) {
        headers.setBearerAuth(connection.accessToken().value());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    }

    private static String describe(Exception e) {
        // The exception's own message may quote the URL (media URLs carry a signed hash), so name the kind only.
        var cause = e.getCause() == null ? e : e.getCause();
        return "Graph API unreachable: " + cause.getClass().getSimpleName();
    }
}

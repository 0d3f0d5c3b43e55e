package io.switchboard.sandbox.web;

import io.switchboard.sandbox.messaging.GraphErrors;
import io.switchboard.sandbox.messaging.MediaLinks;
import io.switchboard.sandbox.messaging.SandboxServices;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.state.Media;
import jakarta.servlet.http.Part;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/** Media upload ({@code POST /{phone-number-id}/media}), look-up URLs and the token-protected download. */
final class MediaHandlers {
    // Meta's supported types and size limits (reference §14); anything else fails with 131053.
    private static final Map<String, Long> LIMITS = Map.ofEntries(
            Map.entry("audio/aac", 16_000_000L),
            Map.entry("audio/amr", 16_000_000L),
            Map.entry("audio/mpeg", 16_000_000L),
            Map.entry("audio/mp4", 16_000_000L),
            Map.entry("audio/ogg", 16_000_000L),
            Map.entry("text/plain", 100_000_000L),
            Map.entry("application/pdf", 100_000_000L),
            Map.entry("application/msword", 100_000_000L),
            Map.entry("application/vnd.ms-excel", 100_000_000L),
            Map.entry("application/vnd.ms-powerpoint", 100_000_000L),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100_000_000L),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 100_000_000L),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", 100_000_000L),
            Map.entry("image/jpeg", 5_000_000L),
            Map.entry("image/png", 5_000_000L),
            Map.entry("image/webp", 500_000L),
            Map.entry("video/mp4", 16_000_000L),
            Map.entry("video/3gpp", 16_000_000L),
            Map.entry("video/3gp", 16_000_000L));

    private final Engine engine;
    private final MediaLinks links;
    private final GraphAccess access;

    MediaHandlers(SandboxServices services, GraphAccess access) {
        this.engine = services.engine();
        this.links = services.mediaLinks();
        this.access = access;
    }

    ServerResponse upload(ServerRequest request) throws Exception {
        var number = access.number(request, request.pathVariable("node"), "post");
        var parts = request.multipartData();
        var product = request.param("messaging_product").orElse(text(parts.getFirst("messaging_product")));
        if (!"whatsapp".equals(product)) {
            throw GraphErrors.invalid("The parameter messaging_product is required and must be whatsapp.");
        }
        var file = parts.getFirst("file");
        if (file == null) {
            throw GraphErrors.missing("The parameter file is required.");
        }
        var declared = file.getContentType() == null ? text(parts.getFirst("type")) : file.getContentType();
        var mime = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        var limit = LIMITS.get(mime);
        if (limit == null) {
            throw GraphErrors.of(131053, "Media type " + mime + " is not supported.");
        }
        var bytes = file.getInputStream().readAllBytes();
        if (bytes.length > limit) {
            throw GraphErrors.of(131053, "The file is larger than " + limit + " bytes, the limit for " + mime + ".");
        }
        var item = new Media(
                Ids.numeric(),
                number.phoneNumberId(),
                declared == null ? mime : declared.strip(),
                bytes,
                file.getSubmittedFileName(),
                engine.clock().now());
        engine.media().put(item);
        return Responses.json(Json.object().put("id", item.id()));
    }

    ObjectNode info(ServerRequest request, Media item) {
        return Json.object()
                .put("url", links.url(baseUrl(request), item.id()))
                .put("mime_type", item.mimeType())
                .put("sha256", item.sha256Hex())
                .put("file_size", item.bytes().length)
                .put("id", item.id())
                .put("messaging_product", "whatsapp");
    }

    /** Like Meta's lookaside URLs: bearer token required; expired or forged links answer 404. */
    ServerResponse download(ServerRequest request) {
        var token = access.token(request);
        var id = request.pathVariable("id");
        var item = engine.media().find(id).filter(m -> access.canSeeNumber(token, m.phoneNumberId()));
        long expires;
        try {
            expires = Long.parseLong(request.param("ext").orElse("0"));
        } catch (NumberFormatException e) {
            expires = 0;
        }
        if (item.isEmpty() || !links.valid(id, expires, request.param("hash").orElse(""))) {
            return ServerResponse.notFound().build();
        }
        return ServerResponse.ok()
                .contentType(MediaType.parseMediaType(item.get().mimeType()))
                .body(item.get().bytes());
    }

    static String baseUrl(ServerRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request.servletRequest())
                .build()
                .toUriString();
    }

    private static @Nullable String text(@Nullable Part part) throws java.io.IOException {
        return part == null ? null : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}

package io.switchboard.channels;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays Meta's Graph media endpoints on a loopback port (a fake of Meta, not of our code):
 * {@code GET /v23.0/{media-id}} gives a URL, {@code GET /files/{media-id}} the bytes; both need the token.
 * Also answers the connection test {@code GET /v23.0/{phone-number-id}?fields=…}.
 */
public final class FakeGraph implements AutoCloseable {
    private final HttpServer server;
    private final String token;
    final AtomicInteger fileRequests = new AtomicInteger();

    public FakeGraph(String token) {
        this.token = token;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            var auth = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body;
            int status;
            String type = "application/json";
            if (!("Bearer " + this.token).equals(auth)) {
                status = 401;
                body =
                        "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\",\"code\":190}}"
                                .getBytes(StandardCharsets.UTF_8);
            } else if (path.startsWith("/files/")) {
                fileRequests.incrementAndGet();
                status = 200;
                type = "image/jpeg";
                body = bytes(path.substring("/files/".length()));
            } else {
                var id = path.substring(path.lastIndexOf('/') + 1);
                status = 200;
                body = (exchange.getRequestURI().getQuery() != null
                                ? "{\"verified_name\":\"Fake Shop\",\"quality_rating\":\"GREEN\",\"display_phone_number\":\"+1 555 0199\",\"throughput\":{\"level\":\"STANDARD\"},\"id\":\""
                                        + id + "\"}"
                                : "{\"messaging_product\":\"whatsapp\",\"url\":\"" + base() + "/files/" + id
                                        + "\",\"mime_type\":\"image/jpeg\",\"sha256\":\"" + hex(bytes(id))
                                        + "\",\"file_size\":" + bytes(id).length + ",\"id\":\"" + id + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The bytes served for a media id. */
    public static byte[] bytes(String mediaId) {
        return ("fake media " + mediaId).getBytes(StandardCharsets.UTF_8);
    }

    /** SHA-256 of {@link #bytes} in base64, as webhooks announce it. */
    public static String base64Sha(String mediaId) {
        return Base64.getEncoder().encodeToString(sha(bytes(mediaId)));
    }

    static String hex(byte[] data) {
        return HexFormat.of().formatHex(sha(data));
    }

    private static byte[] sha(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

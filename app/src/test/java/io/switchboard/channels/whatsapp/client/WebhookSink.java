package io.switchboard.channels.whatsapp.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/**
 * The business's webhook endpoint as the sandbox sees it: answers Meta's subscription handshake and
 * keeps every status it is sent, so tests can see failures Meta reports asynchronously (131047, 131050).
 */
final class WebhookSink implements AutoCloseable {
    private final HttpServer server;
    private final String verifyToken;
    private final List<JsonNode> statuses = new CopyOnWriteArrayList<>();

    WebhookSink(String verifyToken) throws IOException {
        this.verifyToken = verifyToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/whatsapp";
    }

    /** The failed status of {@code wamid}, once it has arrived. */
    Optional<JsonNode> failure(String wamid) {
        return statuses.stream()
                .filter(s -> wamid.equals(s.path("id").asString(""))
                        && "failed".equals(s.path("status").asString("")))
                .findFirst();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET")) {
                var query = query(exchange.getRequestURI().getRawQuery());
                if (verifyToken.equals(query.get("hub.verify_token"))) {
                    var challenge = query.getOrDefault("hub.challenge", "").getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, challenge.length);
                    exchange.getResponseBody().write(challenge);
                } else {
                    exchange.sendResponseHeaders(403, -1);
                }
                return;
            }
            var body = Fixtures.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
            for (var entry : body.path("entry")) {
                for (var change : entry.path("changes")) {
                    change.path("value").path("statuses").forEach(statuses::add);
                }
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static HashMap<String, String> query(String raw) {
        var map = new HashMap<String, String>();
        if (raw != null) {
            for (var pair : raw.split("&")) {
                var i = pair.indexOf('=');
                if (i > 0) {
                    map.put(pair.substring(0, i), URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return map;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

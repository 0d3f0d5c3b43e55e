package io.switchboard.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.webhook.Signer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** A webhook endpoint on a random loopback port that answers Meta's handshake and checks signatures. */
final class WebhookReceiver implements AutoCloseable {
    record Delivery(byte[] body, JsonNode json, boolean signatureValid, long receivedNanos) {}

    private final HttpServer server;
    private final String appSecret;
    private final String verifyToken;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger held = new AtomicInteger();

    WebhookReceiver(String appSecret, String verifyToken) throws IOException {
        this.appSecret = appSecret;
        this.verifyToken = verifyToken;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks/whatsapp", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/whatsapp";
    }

    /** The next {@code count} POSTs answer 500. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    /** The next POSTs wait at the receiver until the returned latch is counted down. */
    CountDownLatch holdPosts() {
        var latch = new CountDownLatch(1);
        gate = latch;
        return latch;
    }

    /** How many POSTs are waiting at the gate now. */
    int held() {
        return held.get();
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    int verifications() {
        return verifications.get();
    }

    void clear() {
        deliveries.clear();
        failuresLeft.set(0);
        gate.countDown();
    }

    /** Every change value of that field, across all deliveries, in arrival order. */
    List<JsonNode> values(String field) {
        var values = new ArrayList<JsonNode>();
        for (var delivery : deliveries) {
            for (var entry : delivery.json().path("entry")) {
                for (var change : entry.path("changes")) {
                    if (field.equals(change.path("field").asString(""))) {
                        values.add(change.path("value"));
                    }
                }
            }
        }
        return values;
    }

    /** Statuses of one message in arrival order. */
    List<JsonNode> statuses(String wamid) {
        return values("messages").stream()
                .flatMap(v -> v.path("statuses").valueStream())
                .filter(s -> wamid.equals(s.path("id").asString("")))
                .toList();
    }

    List<String> statusNames(String wamid) {
        return statuses(wamid).stream().map(s -> s.path("status").asString("")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET")) {
                var query = new HashMap<String, String>();
                for (var pair : exchange.getRequestURI().getRawQuery().split("&")) {
                    var kv = pair.split("=", 2);
                    query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
                }
                verifications.incrementAndGet();
                var ok = "subscribe".equals(query.get("hub.mode")) && verifyToken.equals(query.get("hub.verify_token"));
                var body = (ok ? query.get("hub.challenge") : "bad token").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(ok ? 200 : 403, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            var body = exchange.getRequestBody().readAllBytes();
            held.incrementAndGet();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                held.decrementAndGet();
            }
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            var header = exchange.getRequestHeaders().getFirst("X-Hub-Signature-256");
            var expected = Signer.signature(appSecret, body);
            var valid = header != null
                    && MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
            deliveries.add(new Delivery(body, Json.parse(body), valid, System.nanoTime()));
            exchange.sendResponseHeaders(valid ? 200 : 401, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

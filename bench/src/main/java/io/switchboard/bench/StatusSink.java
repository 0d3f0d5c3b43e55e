package io.switchboard.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The sandbox number's webhook callback during the broadcast bench: answers Meta's verification handshake
 * and counts status webhooks (sent, delivered, failed) with the time of the last one. It keeps the status
 * traffic out of the app, whose webhook intake has its own bench ({@code inbound}).
 */
final class StatusSink implements AutoCloseable {
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private final HttpServer server;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong lastStatusNanos = new AtomicLong();

    StatusSink(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            var answer = new byte[0];
            if (exchange.getRequestMethod().equals("GET")) {
                var query = exchange.getRequestURI().getQuery();
                for (var pair : query == null ? new String[0] : query.split("&")) {
                    if (pair.startsWith("hub.challenge=")) {
                        answer = pair.substring("hub.challenge=".length()).getBytes(StandardCharsets.UTF_8);
                    }
                }
            } else {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var matcher = STATUS.matcher(body);
                var any = false;
                while (matcher.find()) {
                    any = true;
                    switch (matcher.group(1)) {
                        case "sent" -> sent.incrementAndGet();
                        case "delivered" -> delivered.incrementAndGet();
                        case "failed" -> failed.incrementAndGet();
                        default -> {}
                    }
                }
                if (any) {
                    lastStatusNanos.set(System.nanoTime());
                }
            }
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

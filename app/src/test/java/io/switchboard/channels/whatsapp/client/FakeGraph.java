package io.switchboard.channels.whatsapp.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Plays Meta's Graph API on a loopback port: answers queued responses in order (Meta's fixture bodies)
 * and records what the client sent. For failure paths the embedded sandbox cannot produce on demand:
 * a 5xx without body, a stalled response, a run of failures then success.
 */
final class FakeGraph implements AutoCloseable {
    record Received(
            String method,
            String path,
            @Nullable String query,
            @Nullable String authorization,
            @Nullable String contentType,
            byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Answer(int status, String contentType, byte[] body, boolean stall) {}

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    FakeGraph() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graph");
    }

    Connection connection() {
        return new Connection(url(), "v23.0", "106540352242922", "102290129340398", new Secret("EAAtest-token"));
    }

    FakeGraph answer(int status, String json) {
        return answerBytes(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    FakeGraph answerFixture(int status, String fixture) {
        return answer(status, Fixtures.text(fixture));
    }

    synchronized FakeGraph answerBytes(int status, String contentType, byte[] body) {
        answers.add(new Answer(status, contentType, body, false));
        return this;
    }

    /** The next request gets no answer until {@link #close()}: the client's read timeout must fire. */
    synchronized FakeGraph stall() {
        answers.add(new Answer(0, "", new byte[0], true));
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received last() {
        return received.getLast();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    headers.getFirst("Authorization"),
                    headers.getFirst("Content-Type"),
                    exchange.getRequestBody().readAllBytes()));
            Answer answer;
            synchronized (this) {
                answer = answers.isEmpty() ? null : answers.poll();
            }
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (answer.stall()) {
                release.await();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}

package io.switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The broadcast bench's baseline: the same template send the app makes, posted straight to the sandbox's
 * {@code /messages} from N virtual threads (closed loop), each to a new recipient. Returns accepted sends/s.
 */
final class RawSendDriver {
    private RawSendDriver() {}

    static double run(String sandbox, String phone, String token, String template, int count, int concurrency) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var uri = URI.create(sandbox + "/sandbox/graph/v23.0/" + phone + "/messages");
        var next = new AtomicInteger();
        var accepted = new AtomicLong();
        var start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var t = 0; t < concurrency; t++) {
                pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < count; ) {
                        var body = """
                                {"messaging_product":"whatsapp","recipient_type":"individual","to":"+1%d",\
                                "type":"template","template":{"name":"%s","language":{"code":"en_US"}},\
                                "biz_opaque_callback_data":"baseline-%d"}""".formatted(9_990_000_000L + i, template, i);
                        var request = HttpRequest.newBuilder(uri)
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        try {
                            if (http.send(request, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200) {
                                accepted.incrementAndGet();
                            }
                        } catch (Exception e) {
                            // counted as not accepted
                        }
                    }
                    return null;
                });
            }
        }
        return accepted.get() / ((System.nanoTime() - start) / 1e9);
    }
}

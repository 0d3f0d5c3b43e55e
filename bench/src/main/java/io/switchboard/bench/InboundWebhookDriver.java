package io.switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Posts signed text-message webhooks to a running app (loopback only) from N virtual threads, measures
 * accepted webhooks/s and acknowledgement latency, then polls the database until every message is stored.
 * With {@code --baseline} it GETs {@code /actuator/health} the same way instead. {@code --per-webhook N} puts N
 * messages (from N customers) in each webhook, as Meta does when it batches under load; {@code count} is
 * then the number of messages, and accepted/s counts webhooks.
 *
 * <pre>bench inbound --url http://127.0.0.1:18080 --secret S --phone-number-id P --count 20000 --concurrency 32
 *       --jdbc-url jdbc:postgresql://127.0.0.1:5432/db [--per-webhook 1] [--baseline]</pre>
 */
final class InboundWebhookDriver {
    private InboundWebhookDriver() {}

    static void run(Args args) throws Exception {
        var url = args.get("url", "http://127.0.0.1:18080");
        var host = URI.create(url).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("the driver only talks to loopback");
        }
        var count = Integer.parseInt(args.get("count", "20000"));
        var concurrency = Integer.parseInt(args.get("concurrency", "32"));
        var perWebhook = Math.max(1, Integer.parseInt(args.get("per-webhook", "1")));
        var requests = (count + perWebhook - 1) / perWebhook;
        var baseline = args.has("baseline");
        var secret = args.get("secret", "");
        var phone = args.get("phone-number-id", "100000000000099");
        var run = Long.toString(System.nanoTime(), 36);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var latency = new ConcurrentHistogram(Duration.ofSeconds(60).toNanos(), 3);
        var next = new AtomicInteger();
        var refused = new AtomicLong();
        var start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var t = 0; t < concurrency; t++) {
                pool.submit(() -> {
                    for (int r; (r = next.getAndIncrement()) < requests; ) {
                        var first = r * perWebhook;
                        var request = baseline
                                ? health(url)
                                : webhook(url, secret, phone, run, first, Math.min(count, first + perWebhook));
                        var sent = System.nanoTime();
                        try {
                            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            latency.recordValue(System.nanoTime() - sent);
                            if (response.statusCode() != 200) {
                                refused.incrementAndGet();
                            }
                        } catch (Exception e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        var acceptedSeconds = (System.nanoTime() - start) / 1e9;
        var storedSeconds = Double.NaN;
        var jdbc = args.get("jdbc-url", "");
        if (!baseline && !jdbc.isBlank()) {
            storedSeconds = awaitStored(
                    jdbc, args.get("jdbc-user", "postgres"), args.get("jdbc-password", ""), run, count, start);
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT mode=%s count=%d concurrency=%d refused=%d accepted_per_s=%.0f p50_ms=%.2f p99_ms=%.2f stored_per_s=%.0f per_webhook=%d%n",
                baseline ? "baseline" : "webhook",
                count,
                concurrency,
                refused.get(),
                requests / acceptedSeconds,
                latency.getValueAtPercentile(50) / 1e6,
                latency.getValueAtPercentile(99) / 1e6,
                Double.isNaN(storedSeconds) ? Double.NaN : count / storedSeconds,
                perWebhook);
    }

    /** Waits until this run's {@code count} messages are stored (earlier runs' messages are not counted). */
    private static double awaitStored(String url, String user, String password, String run, int count, long start)
            throws Exception {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            var deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                try (var statement = connection.prepareStatement(
                        "select count(*) from messaging_message where provider_message_id like ?")) {
                    statement.setString(1, "wamid.bench-" + run + "-%");
                    var rs = statement.executeQuery();
                    rs.next();
                    if (rs.getLong(1) >= count) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("not every message was stored within 10 minutes");
    }

    private static HttpRequest health(String url) {
        return HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                .GET()
                .build();
    }

    private static HttpRequest webhook(String url, String secret, String phone, String run, int from, int to)
            throws Exception {
        var contacts = new StringBuilder();
        var messages = new StringBuilder();
        for (var i = from; i < to; i++) {
            var waId = "4917" + String.format(Locale.ROOT, "%08d", i % 1000);
            var comma = i == from ? "" : ",";
            contacts.append(comma)
                    .append("{\"profile\":{\"name\":\"Load ")
                    .append(i % 1000)
                    .append("\"},\"wa_id\":\"")
                    .append(waId)
                    .append("\"}");
            messages.append(comma)
                    .append("{\"from\":\"")
                    .append(waId)
                    .append("\",\"id\":\"wamid.bench-")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append("\",\"timestamp\":\"")
                    .append(System.currentTimeMillis() / 1000)
                    .append("\",\"type\":\"text\",\"text\":{\"body\":\"load test ")
                    .append(i)
                    .append("\"}}");
        }
        var body =
                ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"200000000000099\",\"changes\":[{\"field\":\"messages\","
                                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550100\",\"phone_number_id\":\""
                                + phone + "\"},\"contacts\":[" + contacts + "],\"messages\":[" + messages + "]}}]}]}")
                        .getBytes(StandardCharsets.UTF_8);
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HttpRequest.newBuilder(URI.create(url + "/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }
}

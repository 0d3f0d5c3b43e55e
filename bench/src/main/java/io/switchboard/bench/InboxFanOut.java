package io.switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The live fan-out: N browsers (signed in round robin as the 50 agents, each its own session) hold the
 * inbox event stream open; then a customer message arrives as a signed webhook, and each browser notes
 * when the {@code conversation} event of that message reaches it. The delay is the whole path a user
 * waits for: intake, the webhook worker, the inbox listener, NOTIFY and the SSE write.
 */
final class InboxFanOut {
    private InboxFanOut() {}

    /** One simulated browser: the time (nanoTime) the awaited event arrived in the current round. */
    private static final class Browser {
        final AtomicLong arrived = new AtomicLong();
        final CountDownLatch ready = new CountDownLatch(1);
    }

    static void run(Args args, HttpClient http, String url, String password) throws Exception {
        var count = Integer.parseInt(args.get("fanout", "200"));
        var rounds = Integer.parseInt(args.get("rounds", "5"));
        var secret = args.get("secret", "");
        var phone = args.get("phone-number-id", "100000000000099");
        var waId = args.get("wa-id", "490000000002");
        var agents = InboxDriver.agents(50);
        var browsers = new ArrayList<Browser>();
        var sessions = new ArrayList<WebSession>();
        for (var i = 0; i < count; i++) {
            sessions.add(new WebSession(http, url, "").signIn(agents.get(i % agents.size()), password));
        }
        // The readers block in the streams' iterators, which no interrupt ends: closing the streams does.
        var streams = new ConcurrentLinkedQueue<Stream<String>>();
        var pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (var session : sessions) {
                var browser = new Browser();
                browsers.add(browser);
                pool.submit(() -> {
                    var lines = session.stream("/inbox/events");
                    streams.add(lines);
                    var event = "";
                    for (var it = lines.iterator(); it.hasNext(); ) {
                        var line = it.next();
                        if (line.startsWith("event:")) {
                            event = line.substring(6).strip();
                            if (event.equals("ready")) {
                                browser.ready.countDown();
                            }
                        } else if (line.startsWith("data:")
                                && event.equals("conversation")
                                && line.contains("\"change\":\"MESSAGE\"")) {
                            browser.arrived.compareAndSet(0, System.nanoTime());
                        }
                    }
                    return null;
                });
            }
            var opened = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (var browser : browsers) {
                if (!browser.ready.await(Math.max(1, opened - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException("not every event stream opened within 120 s");
                }
            }
            for (var round = 1; round <= rounds; round++) {
                browsers.forEach(b -> b.arrived.set(0));
                var sent = System.nanoTime();
                var answer =
                        http.send(webhook(url, secret, phone, waId, round), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("the webhook answered " + answer.statusCode());
                }
                var deadline = sent + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline && browsers.stream().anyMatch(b -> b.arrived.get() == 0)) {
                    Thread.sleep(5);
                }
                report(round, browsers, sent);
                Thread.sleep(1000);
            }
        } finally {
            streams.forEach(Stream::close);
            pool.shutdownNow();
        }
    }

    private static void report(int round, List<Browser> browsers, long sent) {
        var delays = browsers.stream()
                .mapToLong(b -> b.arrived.get() == 0 ? Long.MAX_VALUE : b.arrived.get() - sent)
                .sorted()
                .toArray();
        var received = Arrays.stream(delays).filter(d -> d != Long.MAX_VALUE).count();
        var withinSecond = Arrays.stream(delays)
                .filter(d -> d <= TimeUnit.SECONDS.toNanos(1))
                .count();
        System.out.printf(
                Locale.ROOT,
                "FANOUT round=%d clients=%d received=%d within_1s=%d p50_ms=%s p95_ms=%s max_ms=%s%n",
                round,
                delays.length,
                received,
                withinSecond,
                ms(delays[(int) Math.ceil(delays.length * 0.50) - 1]),
                ms(delays[(int) Math.ceil(delays.length * 0.95) - 1]),
                ms(delays[delays.length - 1]));
    }

    private static String ms(long nanos) {
        return nanos == Long.MAX_VALUE ? "lost" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static HttpRequest webhook(String url, String secret, String phone, String waId, int round)
            throws Exception {
        var now = System.currentTimeMillis();
        var body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"200000000000099\",\"changes\":[{"
                        + "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
                        + "\"display_phone_number\":\"15550199\",\"phone_number_id\":\"" + phone + "\"},"
                        + "\"contacts\":[{\"profile\":{\"name\":\"Fan-out customer\"},\"wa_id\":\"" + waId + "\"}],"
                        + "\"messages\":[{\"from\":\"" + waId + "\",\"id\":\"wamid.fanout-" + now + "-" + round
                        + "\",\"timestamp\":\"" + (now / 1000) + "\",\"type\":\"text\",\"text\":{\"body\":"
                        + "\"Is my parcel on its way? (round " + round + ")\"}}]}}]}]}")
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

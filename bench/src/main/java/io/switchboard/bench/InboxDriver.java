package io.switchboard.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What one inbox user waits for, one request at a time: the conversation list fragment (an agent's MINE,
 * the admin's ALL), the whole inbox page, the thread of the long conversation, searches by contact name,
 * phone number and message text, and their API equivalents, beside {@code /actuator/health} of the same
 * app as the baseline. Prints one {@code RESULT} line per endpoint with p50/p95/p99, req/s and the number
 * of conversations (or messages) in the answer, so a search that finds nothing shows.
 *
 * <pre>bench inbox --url http://127.0.0.1:18080 --password P --admin bench@example.test --api-key K
 *       --thread CONVERSATION_ID --name "Anna Garcia" --phone +490000012345 --word zeppelin --common-word parcel
 *       [--requests 200] [--seconds 30] [--fanout 200 --rounds 5 --secret S --phone-number-id N --wa-id W]</pre>
 */
final class InboxDriver {
    private record Target(String name, WebSession session, String path, String marker) {}

    private InboxDriver() {}

    static void run(Args args) throws Exception {
        var url = args.get("url", "http://127.0.0.1:18080");
        var password = args.get("password", "bench-password-1");
        var http = WebSession.client();
        var anonymous = new WebSession(http, url, "");
        var api = new WebSession(http, url, args.get("api-key", ""));
        var admin = new WebSession(http, url, "").signIn(args.get("admin", "bench@example.test"), password);
        var agent = new WebSession(http, url, "").signIn("agent01@bench.test", password);
        var thread = args.get("thread", "");
        var name = q(args.get("name", "Anna Garcia"));
        var phone = q(args.get("phone", "+490000012345"));
        var word = q(args.get("word", "zeppelin"));
        var common = q(args.get("common-word", "parcel"));
        var row = "data-testid=\"conversation\"";
        var message = "<li class=\"";
        var json = "\"contactId\"";
        var targets = List.of(
                new Target("health (baseline)", anonymous, "/actuator/health", ""),
                new Target("list MINE (agent)", agent, "/inbox/list?view=MINE", row),
                new Target("list ALL (admin)", admin, "/inbox/list?view=ALL", row),
                new Target("inbox page (agent)", agent, "/inbox", row),
                new Target("thread 600 msgs", agent, "/inbox/conversations/" + thread, message),
                new Target("search name", admin, "/inbox/list?view=ALL&q=" + name, row),
                new Target("search phone", admin, "/inbox/list?view=ALL&q=" + phone, row),
                new Target("search text", admin, "/inbox/list?view=ALL&q=" + word, row),
                new Target("search common word", admin, "/inbox/list?view=ALL&q=" + common, row),
                new Target("api list ALL", api, "/api/v1/conversations?view=ALL&limit=50", json),
                new Target(
                        "api thread", api, "/api/v1/conversations/" + thread + "/messages?limit=50", "\"occurredAt\""),
                new Target("api search text", api, "/api/v1/conversations?view=ALL&limit=50&q=" + word, json));
        var requests = Integer.parseInt(args.get("requests", "200"));
        var budget = Duration.ofSeconds(Long.parseLong(args.get("seconds", "30")));
        var only = args.get("only", "");
        for (var target : targets) {
            if (only.isEmpty() || target.name().contains(only)) {
                measure(target, requests, budget);
            }
        }
        if (args.has("fanout")) {
            InboxFanOut.run(args, http, url, password);
        }
    }

    /** Ten warm-up requests, then up to {@code requests} one after another, stopping early after {@code budget}. */
    private static void measure(Target target, int requests, Duration budget) {
        for (var i = 0; i < 10; i++) {
            target.session().get(target.path());
        }
        var latency = new Histogram(Duration.ofSeconds(60).toNanos(), 3);
        var errors = 0;
        var hits = -1;
        var start = System.nanoTime();
        var deadline = start + budget.toNanos();
        var done = 0;
        while (done < requests && (done < 20 || System.nanoTime() < deadline)) {
            var sent = System.nanoTime();
            var page = target.session().get(target.path());
            latency.recordValue(System.nanoTime() - sent);
            done++;
            if (page.status() != 200) {
                errors++;
            } else if (hits < 0 && !target.marker().isEmpty()) {
                hits = count(page.body(), target.marker());
            }
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "RESULT endpoint=%s requests=%d errors=%d hits=%s p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f req_per_s=%.1f%n",
                target.name().replace(' ', '_'),
                done,
                errors,
                hits < 0 ? "-" : Integer.toString(hits),
                latency.getValueAtPercentile(50) / 1e6,
                latency.getValueAtPercentile(95) / 1e6,
                latency.getValueAtPercentile(99) / 1e6,
                done / seconds);
    }

    private static int count(String body, String marker) {
        var n = 0;
        for (var i = body.indexOf(marker); i >= 0; i = body.indexOf(marker, i + marker.length())) {
            n++;
        }
        return n;
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> agents(int count) {
        var emails = new ArrayList<String>();
        for (var i = 1; i <= count; i++) {
            emails.add("agent%02d@bench.test".formatted(i));
        }
        return emails;
    }
}

package io.switchboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The broadcast bench against a running app and a running sandbox (loopback only). Registers a number in the
 * sandbox with this driver's {@link StatusSink} as its callback, connects it to the app as a channel with an
 * approved UTILITY template (no marketing consent needed), then for each scenario {@code limit:count}
 * (limit 0 = the sandbox's limits off; {@code 80q:4800} = queued first, see below) sets the number's throughput on both sides, launches a campaign to
 * {@code count} new WhatsApp ids and samples the sandbox's accepted count until all are in.
 *
 * <p>A scenario written {@code limitq:count} first hands the campaign over in full while the number's lease is held for another
 * "node" (a row the driver writes with JDBC, as a second app node would), then the lease is let go: the
 * steady rate then measures the dispatcher and its token bucket against the limit, not the hand-off.
 *
 * <pre>bench broadcast --app http://127.0.0.1:18080 --key K --sandbox http://127.0.0.1:18081
 *       --scenarios 0:100000,0q:20000,80q:4800,1000q:10000 --jdbc-url jdbc:postgresql://127.0.0.1:5432/db [--sink-port 18082]</pre>
 */
final class BroadcastDriver {
    static final String PHONE = "100000000000077";
    static final String WABA = "200000000000077";
    static final String TOKEN = "bench-access-token";

    private BroadcastDriver() {}

    static void run(Args args) throws Exception {
        var app = new Json(args.get("app", "http://127.0.0.1:18080"), args.get("key", ""));
        var sandboxUrl = args.get("sandbox", "http://127.0.0.1:18081");
        var sandbox = new Json(sandboxUrl, "");
        try (var sink = new StatusSink(Integer.parseInt(args.get("sink-port", "18082")))) {
            sandbox.call(
                            "PUT",
                            "/sandbox/control/numbers/" + PHONE + "/registration",
                            Map.of(
                                    "waba_id", WABA,
                                    "display_phone_number", "+1 555 0177",
                                    "verified_name", "Bench",
                                    "access_token", TOKEN,
                                    "app_secret", "bench-app-secret",
                                    "verify_token", "bench-verify",
                                    "callback_url", sink.url(),
                                    "messaging_limit_tier", "TIER_UNLIMITED"))
                    .ok();
            var channel = app.call(
                            "POST",
                            "/api/v1/channels",
                            Map.of(
                                    "name",
                                    "Bench",
                                    "phoneNumberId",
                                    PHONE,
                                    "wabaId",
                                    WABA,
                                    "displayPhoneNumber",
                                    "+1 555 0177",
                                    "graphBaseUrl",
                                    sandboxUrl + "/sandbox/graph",
                                    "accessToken",
                                    TOKEN,
                                    "appSecret",
                                    "bench-app-secret",
                                    "verifyToken",
                                    "bench-verify"))
                    .ok()
                    .json()
                    .get("id")
                    .asString();
            var template = approvedTemplate(app, channel);
            var offset = 0;
            for (var scenario : args.get("scenarios", "0:100000").split(",")) {
                var queuedFirst = scenario.split(":")[0].endsWith("q");
                var limit = Integer.parseInt(scenario.split(":")[0].replace("q", ""));
                var count = Integer.parseInt(scenario.split(":")[1]);
                var baseline = Integer.parseInt(args.get("baseline", "0"));
                configure(app, sandbox, channel, limit);
                if (baseline > 0 && limit == 0 && !queuedFirst) {
                    var rate = RawSendDriver.run(
                            sandboxUrl,
                            PHONE,
                            TOKEN,
                            template,
                            baseline,
                            Integer.parseInt(args.get("concurrency", "32")));
                    System.out.printf(
                            Locale.ROOT, "RESULT mode=baseline limit=0 count=%d accepted_per_s=%.0f%n", baseline, rate);
                }
                var hold = queuedFirst ? new LeaseHold(args.get("jdbc-url", ""), channel) : null;
                scenario(app, sandbox, sink, channel, template, limit, count, offset, hold);
                offset += count;
            }
        }
    }

    private static String approvedTemplate(Json app, String channel) throws InterruptedException {
        var name = "bench_" + Long.toString(System.currentTimeMillis(), 36);
        var id = app.call(
                        "POST",
                        "/api/v1/templates",
                        Map.of(
                                "channelId",
                                channel,
                                "name",
                                name,
                                "language",
                                "en_US",
                                "category",
                                "UTILITY",
                                "body",
                                Map.of("text", "Your order is on its way.", "examples", Map.of())))
                .ok()
                .json()
                .get("id")
                .asString();
        app.call("POST", "/api/v1/templates/" + id + "/submit", null).ok();
        for (var i = 0; i < 120; i++) {
            Thread.sleep(1000);
            app.call("POST", "/api/v1/templates/sync", Map.of("channelId", channel));
            if (app.get("/api/v1/templates/" + id)
                    .json()
                    .path("status")
                    .asString()
                    .equals("APPROVED")) {
                return name;
            }
        }
        throw new IllegalStateException("template " + name + " was not approved");
    }

    /** Limit 0: the sandbox's limits off and the number at HIGH throughput; else both sides at {@code limit}. */
    private static void configure(Json app, Json sandbox, String channel, int limit) {
        sandbox.call("PUT", "/sandbox/control/limits", Map.of("enabled", limit > 0))
                .ok();
        sandbox.call(
                        "PUT",
                        "/sandbox/control/numbers/" + PHONE,
                        Map.of("throughput", limit > 0 ? limit : 1000, "messaging_limit_tier", "TIER_UNLIMITED"))
                .ok();
        // The app reads throughput level and tier from the Graph API, as it does from Meta.
        app.call("POST", "/api/v1/channels/" + channel + "/test", null).ok();
    }

    private static void scenario(
            Json app,
            Json sandbox,
            StatusSink sink,
            String channel,
            String template,
            int limit,
            int count,
            int offset,
            LeaseHold hold)
            throws Exception {
        var waIds = new ArrayList<String>(count);
        for (var i = 0; i < count; i++) {
            waIds.add(Long.toString(15_550_000_000L + offset + i));
        }
        var campaign = app.call(
                        "POST",
                        "/api/v1/campaigns",
                        Map.of(
                                "name",
                                "Bench " + limit + " " + count,
                                "channelId",
                                channel,
                                "templateName",
                                template,
                                "templateLanguage",
                                "en_US",
                                "parameters",
                                List.of(),
                                "audience",
                                Map.of("waIds", waIds)))
                .ok()
                .json()
                .get("id")
                .asString();
        var handOff = Double.NaN;
        if (hold != null) {
            hold.take();
            var queuing = System.nanoTime();
            app.call("POST", "/api/v1/campaigns/" + campaign + "/launch", null).ok();
            while (app.get("/api/v1/campaigns/" + campaign + "/stats")
                            .json()
                            .path("queued")
                            .asInt()
                    < count) {
                Thread.sleep(500);
            }
            handOff = (System.nanoTime() - queuing) / 1e9;
        }
        var before = counters(sandbox.get("/sandbox/control/stats").json());
        var delivered0 = sink.delivered.get();
        var start = System.nanoTime();
        if (hold != null) {
            hold.release();
        } else {
            app.call("POST", "/api/v1/campaigns/" + campaign + "/launch", null).ok();
        }
        var times = new ArrayList<double[]>();
        var prepared = Double.NaN;
        var lastProgress = System.nanoTime();
        var accepted = 0L;
        for (var round = 0; accepted < count; round++) {
            Thread.sleep(100);
            var now = System.nanoTime();
            var stats = counters(sandbox.get("/sandbox/control/stats").json());
            if (stats[0] - before[0] > accepted) {
                lastProgress = now;
            }
            accepted = stats[0] - before[0];
            times.add(new double[] {(now - start) / 1e9, accepted});
            if (Double.isNaN(prepared) && hold == null && round % 5 == 0) {
                var total = app.get("/api/v1/campaigns/" + campaign + "/stats")
                        .json()
                        .path("total")
                        .asInt();
                if (total >= count) {
                    prepared = (now - start) / 1e9;
                }
            }
            // Before the first send the audience is being prepared, which takes minutes for large counts.
            if (now - lastProgress > (accepted == 0 ? 1800e9 : 120e9)) {
                System.out.println("# no progress for 120 s at " + accepted + " of " + count);
                break;
            }
        }
        var end = times.getLast()[0];
        var after = counters(sandbox.get("/sandbox/control/stats").json());
        // The last status webhook: wait (at most 60 s) for a delivered status per message.
        var statusWait = System.nanoTime();
        while (sink.delivered.get() - delivered0 < accepted && System.nanoTime() - statusWait < 60e9) {
            Thread.sleep(100);
        }
        var lastStatus = (sink.lastStatusNanos.get() - start) / 1e9;
        var first = firstAt(times, 1);
        var steady = steadyRate(times, count);
        System.out.printf(
                Locale.ROOT,
                "RESULT mode=%s limit=%d count=%d accepted=%d prepare_s=%.1f queued_before_s=%.1f first_s=%.1f last_s=%.1f"
                        + " end_to_end_per_s=%.0f send_phase_per_s=%.0f steady_per_s=%.0f of_limit=%s e130429=%d"
                        + " e131056=%d last_status_s=%.1f delivered=%d%n",
                hold == null ? "campaign" : "queued",
                limit,
                count,
                accepted,
                prepared,
                handOff,
                first,
                end,
                accepted / end,
                accepted / Math.max(0.001, end - first),
                steady,
                limit > 0 ? String.format(Locale.ROOT, "%.3f", steady / limit) : "-",
                after[1] - before[1],
                after[2] - before[2],
                lastStatus,
                sink.delivered.get() - delivered0);
    }

    /** accepted, 130429 and 131056 counts of the bench number */
    private static long[] counters(JsonNode stats) {
        var number = stats.path("numbers").path(PHONE);
        return new long[] {
            number.path("accepted").asLong(0),
            number.path("rejected").path("130429").asLong(0),
            number.path("rejected").path("131056").asLong(0)
        };
    }

    private static double firstAt(List<double[]> times, double accepted) {
        for (var t : times) {
            if (t[1] >= accepted) {
                return t[0];
            }
        }
        return Double.NaN;
    }

    /** The rate between 10 % and 90 % of the recipients: the steady part, without ramp-up and tail. */
    private static double steadyRate(List<double[]> times, int count) {
        return count * 0.8 / (when(times, count * 0.9) - when(times, count * 0.1));
    }

    /** When the accepted count passed {@code accepted}, interpolated between the two samples around it. */
    private static double when(List<double[]> times, double accepted) {
        for (var i = 1; i < times.size(); i++) {
            var a = times.get(i - 1);
            var b = times.get(i);
            if (b[1] >= accepted && b[1] > a[1]) {
                return a[0] + (b[0] - a[0]) * (accepted - a[1]) / (b[1] - a[1]);
            }
        }
        return Double.NaN;
    }
}

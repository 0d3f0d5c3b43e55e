package io.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One browser: its own cookies (kept here, so many sessions share one HTTP client) and the CSRF token of
 * the last page read, which it sends with forms as the UI does. Loopback only.
 */
final class WebSession {
    /** An answer: status and body. */
    record Page(int status, String body) {}

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final String apiKey;
    private volatile String csrf = "";

    WebSession(HttpClient http, String base, String apiKey) {
        var host = URI.create(base).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("the driver only talks to loopback");
        }
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in through the login form (GET for the token, POST the form); fails unless it is accepted. */
    WebSession signIn(String email, String password) {
        get("/login");
        var answer = post("/login", Map.of("username", email, "password", password));
        if (answer.status() != 302 || cookies.isEmpty()) {
            throw new IllegalStateException("sign-in of " + email + " answered " + answer.status());
        }
        var home = get("/inbox");
        if (home.status() != 200) {
            throw new IllegalStateException("after sign-in, /inbox answered " + home.status() + " for " + email);
        }
        return this;
    }

    Page get(String path) {
        var page = send(request(path).GET());
        var matcher = CSRF.matcher(page.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return page;
    }

    Page post(String path, Map<String, String> fields) {
        var all = new LinkedHashMap<String, String>();
        all.put("_csrf", csrf);
        all.putAll(fields);
        var form = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Opens the Server-Sent Events stream; its lines arrive as the server flushes them. */
    Stream<String> stream(String path) throws IOException, InterruptedException {
        var response = http.send(
                request(path).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!apiKey.isEmpty()) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (var header : response.headers().allValues("Set-Cookie")) {
                var pair = header.split(";", 2)[0];
                var eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(
                            pair.substring(0, eq).strip(),
                            pair.substring(eq + 1).strip());
                }
            }
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package io.switchboard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Switchboard in a JVM of its own, on a database the test names, so that a test can kill it with SIGKILL
 * ({@link #kill}) and start it again on the same data ({@link #start}). It runs the test's class path with
 * the embedded sandbox off; point its channels at a sandbox elsewhere (the test's own app, for one).
 */
public final class ChildApp implements AutoCloseable {
    private final int port = freePort();
    private final String apiKey = "sb_child" + Long.toString(System.nanoTime(), 36) + "0123456789abcdefghijklmn";
    private final Map<String, String> env = new HashMap<>();
    private final Path dataDir;
    private final Path log;
    private @Nullable Process process;
    private int starts;

    /**
     * @param databaseUrl a JDBC URL of an empty PostgreSQL database (see {@link TestDatabases})
     * @param settings more environment, e.g. {@code SWITCHBOARD_MESSAGING_RECONCILE_GRACE}
     */
    public ChildApp(String databaseUrl, Map<String, String> settings) {
        try {
            dataDir = Files.createTempDirectory("switchboard-child");
            log = dataDir.resolve("app.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SWITCHBOARD_DATA_DIR", dataDir.resolve("data").toString());
        env.put("SWITCHBOARD_DATABASE_URL", databaseUrl);
        env.put("SWITCHBOARD_DATABASE_USERNAME", TestDatabases.PG_USER);
        env.put("SWITCHBOARD_DATABASE_PASSWORD", TestDatabases.PG_PASSWORD);
        // The test JVM's cached contexts hold pools on the same server (100 connections at most).
        env.put("SWITCHBOARD_DATABASE_POOL_SIZE", "10");
        env.put("SWITCHBOARD_SANDBOX_ENABLED", "false");
        env.put("SWITCHBOARD_ADMIN_EMAIL", "child@example.test");
        env.put("SWITCHBOARD_ADMIN_PASSWORD", "child-password-1");
        env.put("SWITCHBOARD_BOOTSTRAP_API_KEY", apiKey);
        env.putAll(settings);
    }

    /** Starts the app (again) and waits until it answers its health check. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>();
        command.add(java);
        command.add("-Xmx768m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.switchboard.SwitchboardApplication");
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        starts++ == 0
                                ? ProcessBuilder.Redirect.to(log.toFile())
                                : ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var client = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; log: " + tail());
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException("the app did not come up within 3 minutes; log: " + tail());
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, whatever was in flight is cut off. */
    public void kill() {
        var p = process;
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public HttpApi api() {
        return new HttpApi(port);
    }

    public String apiKey() {
        return apiKey;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The last lines of the app's log, for failure messages. */
    public String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

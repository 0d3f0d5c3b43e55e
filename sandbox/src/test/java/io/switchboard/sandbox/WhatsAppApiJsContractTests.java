package io.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.switchboard.sandbox.state.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the sandbox with the unmodified npm library whatsapp-api-js: its Graph calls are pointed at the
 * sandbox through the library's {@code ponyfill.fetch}, and the sandbox's webhooks go through the
 * library's own signature check and parser. The library reads only the first change of a webhook, so
 * this context turns batching off. Skipped where {@code node} is not installed.
 */
@SpringBootTest(
        classes = SandboxApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.sandbox.webhooks.batch-window=0ms",
            "switchboard.sandbox.webhooks.max-batch-size=1",
            "switchboard.sandbox.template-review-delay=100ms",
            "switchboard.sandbox.delivered-delay=20ms"
        })
class WhatsAppApiJsContractTests {
    private static final Path SOURCE = Path.of("src/test/node");
    private static final Path WORK = Path.of("target/node-contract");

    @LocalServerPort
    int port;

    @Test
    void whatsappApiJsSendsAndReceivesThroughTheSandbox() throws Exception {
        assumeTrue(run(List.of("node", "--version"), Path.of("."), 20) == 0, "node is not installed");
        Files.createDirectories(WORK);
        for (var file : List.of("package.json", "package-lock.json", "contract.mjs")) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK.resolve("node_modules/whatsapp-api-js"))) {
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), WORK, 240))
                    .isZero();
        }
        var output = WORK.resolve("contract.out");
        var process = new ProcessBuilder("node", "contract.mjs", "http://127.0.0.1:" + port)
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        var line = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("CONTRACT "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(readQuietly(output)));
        var result = Json.parse(line.substring("CONTRACT ".length()).getBytes(StandardCharsets.UTF_8));

        assertThat(result.path("failure").isMissingNode())
                .as(result.path("failure").asString(""))
                .isTrue();
        assertThat(result.path("verified").asBoolean()).isTrue();
        assertThat(result.path("rejectedSignatures").asInt()).isZero();
        var inbound = result.path("messages").get(0);
        assertThat(inbound.path("text").asString()).isEqualTo("Hi 👋 café");
        assertThat(inbound.path("name").asString()).isEqualTo("Zoë");
        assertThat(result.path("templateStatus").asString()).isEqualTo("APPROVED");
        assertThat(result.path("mediaBytes").asInt()).isEqualTo(7);
        assertThat(result.path("markAsRead").asBoolean()).isTrue();
        assertThat(result.path("badToken").asInt()).isEqualTo(190);
        for (var kind : List.of("text", "template", "interactive", "image")) {
            var id = result.path("sent").path(kind).asString();
            assertThat(id).as(kind).startsWith("wamid.");
            var statuses = result.path("statuses")
                    .path(id)
                    .valueStream()
                    .map(s -> s.path("status").asString())
                    .toList();
            assertThat(statuses).as(kind).containsExactly("sent", "delivered", "read");
        }
        var textStatuses =
                result.path("statuses").path(result.path("sent").path("text").asString());
        assertThat(textStatuses.get(0).path("opaque").asString()).isEqualTo("outbox-1");
        assertThat(textStatuses.get(0).path("pricing").asString()).isEqualTo("PMP");
    }

    private static int run(List<String> command, Path dir, int seconds) throws InterruptedException {
        try {
            var process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

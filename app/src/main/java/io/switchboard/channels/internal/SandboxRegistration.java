package io.switchboard.channels.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the embedded sandbox about the sandbox number over real HTTP, exactly as an external emulator
 * would be told: {@code PUT /sandbox/control/numbers/{id}/registration}. The app never imports the
 * sandbox's code; if it is not mounted (404) the number simply stays unregistered.
 */
@Component
class SandboxRegistration {
    private static final Logger log = LoggerFactory.getLogger(SandboxRegistration.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ChannelStore channels;
    private final LocalServer server;
    private final TransactionTemplate transactions;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxRegistration(ChannelStore channels, LocalServer server, TransactionTemplate transactions) {
        this.channels = channels;
        this.server = server;
        this.transactions = transactions;
    }

    /** Registers the sandbox number if there is one; returns the sandbox's HTTP status, or -1 if nothing was sent. */
    int registerIfPresent() {
        try {
            var creds = transactions.execute(s -> channels.sandbox()
                    .flatMap(c -> channels.credentials(c.workspaceId(), c.id()).map(k -> new Object[] {c, k}))
                    .orElse(null));
            if (creds == null) {
                return -1;
            }
            var channel = (io.switchboard.channels.WhatsAppChannel) creds[0];
            var secrets = (ChannelCredentials) creds[1];
            var base = server.baseUrl();
            var body = new LinkedHashMap<String, String>();
            body.put("waba_id", channel.wabaId());
            body.put("display_phone_number", channel.displayPhoneNumber());
            body.put("verified_name", channel.verifiedName() == null ? "" : channel.verifiedName());
            body.put("access_token", secrets.accessToken().value());
            body.put("app_secret", secrets.appSecret().value());
            body.put("verify_token", secrets.verifyToken().value());
            body.put("callback_url", base + "/webhooks/whatsapp");
            var request = HttpRequest.newBuilder(
                            URI.create(base + "/sandbox/control/numbers/" + channel.phoneNumberId() + "/registration"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                log.info("Registered the sandbox number {} with the embedded sandbox", channel.displayPhoneNumber());
            } else if (response.statusCode() == 404) {
                log.warn("The embedded sandbox is not mounted (404); the sandbox number stays unregistered");
            } else {
                log.warn("The embedded sandbox refused the number's registration with HTTP {}", response.statusCode());
            }
            return response.statusCode();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not register the sandbox number with the embedded sandbox: {}", e.toString());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}

package io.switchboard.sandbox.webhook;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.NumberRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meta's subscription handshake: {@code GET callback?hub.mode=subscribe&hub.challenge=…&hub.verify_token=…}
 * must answer 200 with the challenge as the body, or nothing is delivered to that callback.
 */
public final class CallbackVerifier {
    private static final Logger log = LoggerFactory.getLogger(CallbackVerifier.class);

    private final HttpClient http;
    private final NumberRegistry numbers;
    private final Duration timeout;

    public CallbackVerifier(HttpClient http, NumberRegistry numbers, Duration timeout) {
        this.http = http;
        this.numbers = numbers;
        this.timeout = timeout;
    }

    /** Runs the handshake, records the outcome on the number and returns it. */
    public boolean verify(BusinessNumber number) {
        var callback = number.callbackUrl();
        if (callback == null) {
            return false;
        }
        var challenge = Ids.numeric();
        var url = callback + (callback.contains("?") ? "&" : "?") + "hub.mode=subscribe&hub.challenge=" + challenge
                + "&hub.verify_token=" + URLEncoder.encode(number.verifyToken(), StandardCharsets.UTF_8);
        boolean ok;
        try {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .GET()
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ok = response.statusCode() == 200 && response.body().trim().equals(challenge);
            // Delivery retries the handshake on every attempt, so only a pass is worth an info line.
            if (ok) {
                log.info("Callback of number {} passed verification", number.phoneNumberId());
            } else {
                log.debug(
                        "Callback verification for number {} answered {}",
                        number.phoneNumberId(),
                        response.statusCode());
            }
        } catch (IOException | IllegalArgumentException e) {
            log.debug("Callback verification for number {} failed: {}", number.phoneNumberId(), e.toString());
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        numbers.markVerified(number.phoneNumberId(), ok);
        return ok;
    }
}

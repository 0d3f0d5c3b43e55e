package io.switchboard.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/** Posts webhooks to the running app as Meta does: raw bytes, signed with the app secret. */
public final class Webhooks {
    /** Every fixture file, as copied from {@code shared/fixtures/meta-webhooks}. */
    public static final List<String> FIXTURES = List.of(
            "account-update-disabled-reinstate.json",
            "account-update-disabled-update.json",
            "account-update-pricing-tier.json",
            "account-update-restriction.json",
            "account-update-violation.json",
            "audio-voice-message.json",
            "button-template-quick-reply.json",
            "contacts.json",
            "document-message.json",
            "errors-value-level-130429.json",
            "image-message.json",
            "interactive-button-reply.json",
            "interactive-list-reply.json",
            "location.json",
            "order.json",
            "quality-update-flagged.json",
            "quality-update-throughput-upgrade.json",
            "reaction.json",
            "referral-ctwa.json",
            "status-delivered-cbp.json",
            "status-failed-131047.json",
            "status-failed-131049.json",
            "status-read-minimal.json",
            "status-sent-biz-opaque-callback-data.json",
            "status-sent-cbp-business-initiated.json",
            "status-sent-pmp.json",
            "sticker-message.json",
            "system-customer-changed-number.json",
            "template-category-update-pending.json",
            "template-components-update.json",
            "template-quality-update.json",
            "template-status-approved.json",
            "template-status-flagged-disable-info.json",
            "template-status-rejected-invalid-format.json",
            "text-message.json",
            "text-reply-with-context.json",
            "unsupported.json",
            "video-message.json");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;

    public Webhooks(int port) {
        this("http://localhost:" + port);
    }

    public Webhooks(String base) {
        this.url = base + "/webhooks/whatsapp";
    }

    public static byte[] fixture(String name) {
        try (var in = Webhooks.class.getResourceAsStream("/fixtures/meta-webhooks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sign(byte[] body, String secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs the bytes with this signature header ({@code null}: none); returns the HTTP status. */
    public int post(byte[] body, @Nullable String signature) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int postSigned(byte[] body, String secret) {
        return post(body, sign(body, secret));
    }

    public HttpResponse<String> get(String query) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url + "?" + query)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

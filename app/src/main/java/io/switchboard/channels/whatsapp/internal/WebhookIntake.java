package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.internal.SecretBox;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The first step of the inbound path: verify the signature over the raw bytes, store the body as it came,
 * and wake the worker once the row is committed. Nothing here parses the body.
 */
@Service
public class WebhookIntake {
    /** What the controller answers. */
    public enum Outcome {
        STORED,
        BAD_SIGNATURE
    }

    private final SigningKeys keys;
    private final WebhookEventStore events;
    private final SecretBox box;
    private final WebhookWorker worker;
    private final Clock clock;

    WebhookIntake(SigningKeys keys, WebhookEventStore events, SecretBox box, WebhookWorker worker, Clock clock) {
        this.keys = keys;
        this.events = events;
        this.box = box;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * Not a transaction: the one insert commits by itself (a transaction around it would cost the request a
     * second round trip, its {@code COMMIT}), so the row is stored when this returns and the 200 goes out.
     */
    public Outcome receive(byte[] body, @Nullable String signature) {
        var channel = keys.match(body, signature);
        if (channel.isEmpty()) {
            return Outcome.BAD_SIGNATURE;
        }
        var matched = channel.get();
        events.insert(
                UUID.randomUUID(),
                matched.workspaceId(),
                matched.channelId(),
                box.fingerprint(matched.appSecret()),
                new String(body, StandardCharsets.UTF_8),
                clock.instant());
        worker.wake();
        return Outcome.STORED;
    }
}

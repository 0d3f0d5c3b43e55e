package io.switchboard.channels.whatsapp.client;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** The outcome of one send. Never thrown: every failure, network ones included, is a value. */
@NamedInterface("client")
public sealed interface SendResult {

    /**
     * Meta accepted the message; delivery is reported later by status webhooks. Store the wamid at
     * once: its statuses can arrive before this call returns to the caller.
     *
     * @param wamid Meta's message id ({@code messages[0].id})
     * @param waId the recipient's WhatsApp id, which may differ from what we sent (key contacts by it)
     * @param input the recipient as we sent it
     * @param messageStatus for templates {@code accepted} or {@code held_for_quality_assessment} (pacing)
     */
    @NamedInterface("client")
    record Accepted(
            String wamid,
            @Nullable String waId,
            @Nullable String input,
            @Nullable String messageStatus) implements SendResult {}

    /** Meta refused the message or could not be reached; {@code errorClass} says what to do next. */
    @NamedInterface("client")
    record Failed(GraphError error, ErrorClass errorClass) implements SendResult {}

    /** Refused locally before any call, because Meta would refuse it too. Not retryable. */
    @NamedInterface("client")
    record Invalid(List<Violation> violations) implements SendResult {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }
}

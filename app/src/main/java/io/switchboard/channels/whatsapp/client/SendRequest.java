package io.switchboard.channels.whatsapp.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A message to one recipient, as {@code POST /{phone_number_id}/messages} takes it.
 *
 * @param to the recipient: {@code +} and country code (without {@code +} Meta prepends the business
 *     number's country code); spaces, hyphens and parentheses are accepted
 * @param replyTo the wamid this message quotes ({@code context.message_id}); not allowed on reactions
 * @param callbackData {@code biz_opaque_callback_data}, echoed on this message's status webhooks (at
 *     most 512 characters): the outbox row id, so a crash between send and store can be reconciled
 */
@NamedInterface("client")
public record SendRequest(
        String to,
        OutboundMessage message,
        @Nullable String replyTo,
        @Nullable String callbackData) {
    public SendRequest {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
    }

    public static SendRequest to(String to, OutboundMessage message) {
        return new SendRequest(to, message, null, null);
    }

    public SendRequest replyingTo(String wamid) {
        return new SendRequest(to, message, wamid, callbackData);
    }

    public SendRequest withCallbackData(String data) {
        return new SendRequest(to, message, replyTo, data);
    }
}

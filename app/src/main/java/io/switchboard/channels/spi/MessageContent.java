package io.switchboard.channels.spi;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The normalized body of an inbound message, one record per kind of Meta's {@code type}. Serialized as
 * JSON with a {@code kind} property; anything Meta sends that is not modelled stays in the raw JSON.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MessageContent.Text.class, name = "text"),
    @JsonSubTypes.Type(value = MessageContent.Media.class, name = "media"),
    @JsonSubTypes.Type(value = MessageContent.Location.class, name = "location"),
    @JsonSubTypes.Type(value = MessageContent.Contacts.class, name = "contacts"),
    @JsonSubTypes.Type(value = MessageContent.ButtonReply.class, name = "button_reply"),
    @JsonSubTypes.Type(value = MessageContent.ListReply.class, name = "list_reply"),
    @JsonSubTypes.Type(value = MessageContent.FlowReply.class, name = "flow_reply"),
    @JsonSubTypes.Type(value = MessageContent.TemplateButton.class, name = "template_button"),
    @JsonSubTypes.Type(value = MessageContent.Reaction.class, name = "reaction"),
    @JsonSubTypes.Type(value = MessageContent.Order.class, name = "order"),
    @JsonSubTypes.Type(value = MessageContent.SystemNotice.class, name = "system"),
    @JsonSubTypes.Type(value = MessageContent.Unsupported.class, name = "unsupported"),
    @JsonSubTypes.Type(value = MessageContent.Unknown.class, name = "unknown")
})
public sealed interface MessageContent {

    record Text(String body) implements MessageContent {}

    /**
     * An image, video, audio, document or sticker. The file itself is downloaded by the channel
     * (see {@code io.switchboard.channels.MediaLibrary}) under {@code mediaId}.
     *
     * @param mediaKind image, video, audio, document or sticker
     * @param voice audio recorded as a voice note
     * @param animated an animated sticker
     */
    record Media(
            String mediaKind,
            String mediaId,
            @Nullable String mimeType,
            @Nullable String sha256,
            @Nullable String caption,
            @Nullable String filename,
            boolean voice,
            boolean animated)
            implements MessageContent {}

    record Location(
            double latitude,
            double longitude,
            @Nullable String name,
            @Nullable String address,
            @Nullable String url) implements MessageContent {}

    /** Shared contact cards, kept as Meta's JSON ({@code name}, {@code phones}, {@code org}, …). */
    record Contacts(String cardsJson, int count) implements MessageContent {}

    record ButtonReply(String id, String title) implements MessageContent {}

    record ListReply(String id, String title, @Nullable String description) implements MessageContent {}

    /** A WhatsApp Flow completed; {@code responseJson} is the form data with {@code flow_token}. */
    record FlowReply(
            @Nullable String name,
            @Nullable String body,
            @Nullable String responseJson) implements MessageContent {}

    /** A tap on a template's quick-reply button. */
    record TemplateButton(String payload, String text) implements MessageContent {}

    /** A reaction to {@code messageId}; {@code emoji} is {@code null} when the user removed it. */
    record Reaction(String messageId, @Nullable String emoji) implements MessageContent {
        public boolean removed() {
            return emoji == null;
        }
    }

    record Order(String catalogId, @Nullable String text, List<OrderItem> items) implements MessageContent {}

    record OrderItem(
            String productRetailerId,
            int quantity,
            @Nullable BigDecimal itemPrice,
            @Nullable String currency) {}

    /**
     * A notice from WhatsApp itself: {@code user_changed_number} (with the new wa_id) or
     * {@code customer_identity_changed}.
     */
    record SystemNotice(
            String systemType,
            @Nullable String body,
            @Nullable String newWaId) implements MessageContent {}

    /** A message WhatsApp could not pass on (edit, poll, …); the reason is in the message's errors. */
    record Unsupported(@Nullable String unsupportedType) implements MessageContent {}

    /** A type Meta added after this code was written; the raw JSON is kept. */
    record Unknown(String type) implements MessageContent {}
}

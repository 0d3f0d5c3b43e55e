package io.switchboard.channels.whatsapp.client;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What to send, one record per Cloud API message {@code type}. Recipient, reply-to and callback data
 * are in {@link SendRequest}. Records accept anything; {@link MessageRules} reports what Meta would
 * refuse (lengths, counts) before a call is made.
 */
@NamedInterface("client")
public sealed interface OutboundMessage
        permits OutboundMessage.Text,
                OutboundMessage.Image,
                OutboundMessage.Video,
                OutboundMessage.Audio,
                OutboundMessage.Document,
                OutboundMessage.Sticker,
                OutboundMessage.Location,
                OutboundMessage.Contacts,
                OutboundMessage.Reaction,
                Interactive,
                Template {

    /** Plain text (body up to 4096 characters); {@code previewUrl} previews the first http(s) URL. */
    @NamedInterface("client")
    record Text(String body, boolean previewUrl) implements OutboundMessage {
        public static Text of(String body) {
            return new Text(body, false);
        }
    }

    @NamedInterface("client")
    record Image(MediaRef media, @Nullable String caption) implements OutboundMessage {}

    @NamedInterface("client")
    record Video(MediaRef media, @Nullable String caption) implements OutboundMessage {}

    /** Audio; {@code voice} marks an OGG/OPUS voice note (the play button shows up to 512 KB). */
    @NamedInterface("client")
    record Audio(MediaRef media, boolean voice) implements OutboundMessage {}

    /** A document; {@code filename} is what the recipient sees and decides the icon. */
    @NamedInterface("client")
    record Document(
            MediaRef media,
            @Nullable String caption,
            @Nullable String filename) implements OutboundMessage {}

    /** A WebP sticker (static up to 100 KB, animated up to 500 KB); stickers take no caption. */
    @NamedInterface("client")
    record Sticker(MediaRef media) implements OutboundMessage {}

    /**
     * A pin. Coordinates are decimals because Meta's examples send them as strings, which we keep
     * digit for digit rather than round through a double.
     */
    @NamedInterface("client")
    record Location(
            BigDecimal latitude,
            BigDecimal longitude,
            @Nullable String name,
            @Nullable String address) implements OutboundMessage {
        public static Location of(double latitude, double longitude) {
            return new Location(BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude), null, null);
        }
    }

    /** Contact cards, 1 to 257 per message. */
    @NamedInterface("client")
    record Contacts(List<ContactCard> contacts) implements OutboundMessage {
        public Contacts {
            contacts = List.copyOf(contacts);
        }
    }

    /**
     * An emoji reaction to a message in the chat; an empty emoji removes our reaction. Meta reports
     * only a {@code sent} status for reactions, and a failed 131009 if the target is over 30 days old.
     */
    @NamedInterface("client")
    record Reaction(String messageId, String emoji) implements OutboundMessage {
        public static Reaction remove(String messageId) {
            return new Reaction(messageId, "");
        }
    }
}

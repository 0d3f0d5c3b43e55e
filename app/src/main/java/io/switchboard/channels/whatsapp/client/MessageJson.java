package io.switchboard.channels.whatsapp.client;

import io.switchboard.channels.whatsapp.client.OutboundMessage.Audio;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Contacts;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Document;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Image;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Location;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Reaction;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Sticker;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Text;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Video;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes requests in exactly Meta's JSON shape. Built as a tree rather than by annotated records
 * because Meta names the payload object after the {@code type} value ({@code "type":"image",
 * "image":{…}}), and absent optional fields must be left out, not sent as null.
 */
final class MessageJson {
    private final JsonMapper mapper;
    private final InteractiveJson interactive;
    private final TemplateJson template;

    MessageJson(JsonMapper mapper) {
        this.mapper = mapper;
        this.interactive = new InteractiveJson(mapper);
        this.template = new TemplateJson(mapper);
    }

    ObjectNode send(SendRequest request) {
        var root = mapper.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("recipient_type", "individual");
        root.put("to", request.to());
        if (request.replyTo() != null) {
            root.putObject("context").put("message_id", request.replyTo());
        }
        if (request.callbackData() != null) {
            root.put("biz_opaque_callback_data", request.callbackData());
        }
        var type = typeOf(request.message());
        root.put("type", type);
        root.set(type, payload(request.message()));
        return root;
    }

    ObjectNode markAsRead(String messageId, boolean typingIndicator) {
        var root = mapper.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("status", "read");
        root.put("message_id", messageId);
        if (typingIndicator) {
            root.putObject("typing_indicator").put("type", "text");
        }
        return root;
    }

    static String typeOf(OutboundMessage message) {
        return switch (message) {
            case Text t -> "text";
            case Image i -> "image";
            case Video v -> "video";
            case Audio a -> "audio";
            case Document d -> "document";
            case Sticker s -> "sticker";
            case Location l -> "location";
            case Contacts c -> "contacts";
            case Reaction r -> "reaction";
            case Interactive i -> "interactive";
            case Template t -> "template";
        };
    }

    private JsonNode payload(OutboundMessage message) {
        return switch (message) {
            case Text text -> {
                var node = mapper.createObjectNode();
                node.put("preview_url", text.previewUrl());
                yield node.put("body", text.body());
            }
            case Image image -> optional(media(image.media()), "caption", image.caption());
            case Video video -> optional(media(video.media()), "caption", video.caption());
            case Audio audio -> audio.voice() ? media(audio.media()).put("voice", true) : media(audio.media());
            case Document doc ->
                optional(optional(media(doc.media()), "filename", doc.filename()), "caption", doc.caption());
            case Sticker sticker -> media(sticker.media());
            case Location location -> {
                // Meta's examples send coordinates as strings; a decimal's plain string keeps every digit.
                var node = mapper.createObjectNode();
                node.put("latitude", location.latitude().toPlainString());
                node.put("longitude", location.longitude().toPlainString());
                yield optional(optional(node, "name", location.name()), "address", location.address());
            }
            case Reaction reaction -> {
                var node = mapper.createObjectNode();
                yield node.put("message_id", reaction.messageId()).put("emoji", reaction.emoji());
            }
            case Interactive i -> interactive.write(i);
            case Template t -> template.write(t);
            case Contacts contacts -> ContactsJson.write(mapper, contacts);
        };
    }

    private ObjectNode media(MediaRef ref) {
        return media(mapper, ref);
    }

    static ObjectNode media(JsonMapper mapper, MediaRef ref) {
        var node = mapper.createObjectNode();
        return switch (ref) {
            case MediaRef.Id id -> node.put("id", id.id());
            case MediaRef.Link link -> node.put("link", link.link());
        };
    }

    static ObjectNode optional(ObjectNode node, String field, @Nullable String value) {
        return value == null ? node : node.put(field, value);
    }
}

package io.switchboard.channels.whatsapp.internal;

import static io.switchboard.channels.whatsapp.internal.Json.array;
import static io.switchboard.channels.whatsapp.internal.Json.flag;
import static io.switchboard.channels.whatsapp.internal.Json.object;
import static io.switchboard.channels.whatsapp.internal.Json.text;

import io.switchboard.channels.spi.MessageContent;
import io.switchboard.channels.spi.MessageContext;
import io.switchboard.channels.spi.Referral;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Maps one element of {@code value.messages[]} to a {@link MessageContent} (reference §5). Never throws on content. */
final class MessageParser {
    private static final Logger log = LoggerFactory.getLogger(MessageParser.class);

    private MessageParser() {}

    static MessageContent content(JsonNode message) {
        var type = text(message, "type", "unknown");
        var body = object(message, type);
        return switch (type) {
            case "text" -> new MessageContent.Text(text(body, "body", ""));
            case "image", "video", "audio", "document", "sticker" -> media(type, body);
            case "location" ->
                new MessageContent.Location(
                        number(body, "latitude"),
                        number(body, "longitude"),
                        text(body, "name"),
                        text(body, "address"),
                        text(body, "url"));
            case "contacts" ->
                new MessageContent.Contacts(
                        body == null ? "[]" : body.toString(), body != null && body.isArray() ? body.size() : 0);
            case "interactive" -> interactive(body);
            case "button" -> new MessageContent.TemplateButton(text(body, "payload", ""), text(body, "text", ""));
            case "reaction" -> reaction(body);
            case "order" -> order(body);
            case "system" ->
                new MessageContent.SystemNotice(text(body, "type", "unknown"), text(body, "body"), text(body, "wa_id"));
            case "unsupported" -> new MessageContent.Unsupported(text(body, "type"));
            default -> {
                log.debug("Inbound message of unknown type {} kept as raw JSON", type);
                yield new MessageContent.Unknown(type);
            }
        };
    }

    private static MessageContent media(String kind, @Nullable JsonNode body) {
        var id = text(body, "id");
        if (id == null) {
            // Meta sends media without id only with an error (e.g. 131052, file too large); keep it raw.
            return new MessageContent.Unknown(kind);
        }
        return new MessageContent.Media(
                kind,
                id,
                text(body, "mime_type"),
                text(body, "sha256"),
                text(body, "caption"),
                text(body, "filename"),
                flag(body, "voice"),
                flag(body, "animated"));
    }

    private static MessageContent interactive(@Nullable JsonNode body) {
        // Interactive replies without their object exist in the wild (reference §15): keep them as unknown.
        var type = text(body, "type", "unknown");
        var reply = object(body, type);
        return switch (type) {
            case "button_reply" -> new MessageContent.ButtonReply(text(reply, "id", ""), text(reply, "title", ""));
            case "list_reply" ->
                new MessageContent.ListReply(
                        text(reply, "id", ""), text(reply, "title", ""), text(reply, "description"));
            case "nfm_reply" ->
                new MessageContent.FlowReply(text(reply, "name"), text(reply, "body"), text(reply, "response_json"));
            default -> new MessageContent.Unknown("interactive/" + type);
        };
    }

    private static MessageContent reaction(@Nullable JsonNode body) {
        var emoji = text(body, "emoji");
        return new MessageContent.Reaction(
                text(body, "message_id", ""), emoji == null || emoji.isEmpty() ? null : emoji);
    }

    private static MessageContent order(@Nullable JsonNode body) {
        var items = new ArrayList<MessageContent.OrderItem>();
        for (var item : array(body, "product_items")) {
            var price = text(item, "item_price");
            BigDecimal parsed = null;
            try {
                parsed = price == null ? null : new BigDecimal(price.trim());
            } catch (NumberFormatException e) {
                log.debug("Order item price {} is not a number; kept in the raw JSON", price);
            }
            items.add(new MessageContent.OrderItem(
                    text(item, "product_retailer_id", ""),
                    (int) number(item, "quantity"),
                    parsed,
                    text(item, "currency")));
        }
        return new MessageContent.Order(text(body, "catalog_id", ""), text(body, "text"), items);
    }

    static @Nullable MessageContext context(JsonNode message) {
        var context = object(message, "context");
        if (context == null) {
            return null;
        }
        var product = object(context, "referred_product");
        return new MessageContext(
                text(context, "id"),
                text(context, "from"),
                flag(context, "forwarded"),
                flag(context, "frequently_forwarded"),
                text(product, "catalog_id"),
                text(product, "product_retailer_id"));
    }

    static @Nullable Referral referral(JsonNode message) {
        var referral = object(message, "referral");
        if (referral == null) {
            return null;
        }
        var mediaType = text(referral, "media_type");
        var mediaUrl = "video".equals(mediaType) ? text(referral, "video_url") : text(referral, "image_url");
        return new Referral(
                text(referral, "source_url"),
                text(referral, "source_id"),
                text(referral, "source_type"),
                text(referral, "headline"),
                text(referral, "body"),
                mediaType,
                mediaUrl,
                text(referral, "ctwa_clid"),
                text(object(referral, "welcome_message"), "text"));
    }

    private static double number(@Nullable JsonNode node, String field) {
        var value = text(node, field);
        try {
            return value == null ? 0 : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

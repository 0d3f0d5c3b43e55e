package io.switchboard.channels.whatsapp.internal;

import static io.switchboard.channels.whatsapp.internal.Json.array;
import static io.switchboard.channels.whatsapp.internal.Json.object;
import static io.switchboard.channels.whatsapp.internal.Json.text;

import io.switchboard.channels.WhatsAppChannel;
import io.switchboard.channels.WhatsAppErrorReported;
import io.switchboard.channels.spi.InboundMessage;
import io.switchboard.channels.spi.InboundStatus;
import io.switchboard.channels.spi.MessageContent;
import io.switchboard.channels.spi.WhatsAppInboundSink;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one stored webhook into normalized messages, statuses and events: every entry × change × message
 * or status. Routes {@code messages} by {@code metadata.phone_number_id} and other fields by the WABA id,
 * both only among channels holding the app secret that signed the body.
 */
@Component
class WebhookProcessor {
    private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ChannelRoutes channels;
    private final List<WhatsAppInboundSink> sinks;
    private final FieldEvents fields;
    private final MediaStore media;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookProcessor(
            ChannelRoutes channels,
            List<WhatsAppInboundSink> sinks,
            FieldEvents fields,
            MediaStore media,
            ApplicationEventPublisher events,
            Clock clock) {
        this.channels = channels;
        this.sinks = sinks;
        this.fields = fields;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    void process(WebhookEventStore.Claimed event) {
        var root = JSON.readTree(event.body());
        if (!"whatsapp_business_account".equals(text(root, "object"))) {
            log.debug("Webhook {} has object {}; kept unprocessed", event.id(), text(root, "object"));
        }
        for (var entry : array(root, "entry")) {
            var wabaId = text(entry, "id", "");
            for (var change : array(entry, "changes")) {
                var field = text(change, "field", "");
                var value = object(change, "value");
                if (value == null) {
                    continue;
                }
                if ("messages".equals(field)) {
                    messages(event, value);
                } else {
                    var route = channels.byWaba(wabaId, event.appSecretFp());
                    if (route.isEmpty()) {
                        log.info(
                                "Webhook field {} for an unknown business account; kept in event {}",
                                field,
                                event.id());
                        continue;
                    }
                    fields.publish(field, wabaId, entry, value, route);
                }
            }
        }
    }

    private void messages(WebhookEventStore.Claimed event, JsonNode value) {
        var phoneNumberId = text(object(value, "metadata"), "phone_number_id", "");
        var route = channels.byPhone(phoneNumberId, event.appSecretFp());
        if (route.isEmpty()) {
            log.info("Messages for a number not connected with this app secret; kept in event {}", event.id());
            return;
        }
        var channel = route.getFirst();
        var profiles = profiles(value);
        for (var message : array(value, "messages")) {
            var inbound = message(channel, message, profiles);
            if (inbound.content() instanceof MessageContent.Media file) {
                media.enqueue(
                        channel.workspaceId(),
                        channel.id(),
                        file.mediaId(),
                        file.mimeType(),
                        file.sha256(),
                        clock.instant());
            }
            sinks.forEach(sink -> sink.onMessage(inbound));
        }
        for (var status : array(value, "statuses")) {
            var inbound = status(channel, status);
            sinks.forEach(sink -> sink.onStatus(inbound));
        }
        for (var error : Json.errors(value)) {
            events.publishEvent(new WhatsAppErrorReported(
                    channel.workspaceId(),
                    channel.id(),
                    error.code(),
                    error.title() == null ? "" : error.title(),
                    clock.instant()));
        }
    }

    /** {@code contacts[]} by wa_id and by BSUID; system messages have none. */
    private static Map<String, JsonNode> profiles(JsonNode value) {
        var out = new HashMap<String, JsonNode>();
        for (var contact : array(value, "contacts")) {
            var waId = text(contact, "wa_id");
            var userId = text(contact, "user_id");
            if (waId != null) {
                out.put(waId, contact);
            }
            if (userId != null) {
                out.put(userId, contact);
            }
        }
        return out;
    }

    private InboundMessage message(WhatsAppChannel channel, JsonNode message, Map<String, JsonNode> profiles) {
        var from = text(message, "from");
        var fromUserId = text(message, "from_user_id");
        @Nullable JsonNode contact = from != null ? profiles.get(from) : null;
        if (contact == null && fromUserId != null) {
            contact = profiles.get(fromUserId);
        }
        if (contact == null && new java.util.HashSet<>(profiles.values()).size() == 1) {
            // A username-only user (2026) has no "from": the single contact of the change is the sender.
            contact = profiles.values().iterator().next();
        }
        var profile = object(contact, "profile");
        var waId = from != null ? from : text(contact, "wa_id");
        return new InboundMessage(
                channel.workspaceId(),
                channel.id(),
                text(message, "id", ""),
                waId,
                fromUserId != null ? fromUserId : text(contact, "user_id"),
                text(profile, "username"),
                text(profile, "name"),
                Json.seconds(message, "timestamp", clock.instant()),
                text(message, "type", "unknown"),
                MessageParser.content(message),
                MessageParser.context(message),
                MessageParser.referral(message),
                Json.errors(message),
                message.toString());
    }

    private InboundStatus status(WhatsAppChannel channel, JsonNode status) {
        var pricing = object(status, "pricing");
        var conversation = object(status, "conversation");
        return new InboundStatus(
                channel.workspaceId(),
                channel.id(),
                text(status, "id", ""),
                text(status, "status", "unknown").toLowerCase(java.util.Locale.ROOT),
                Json.seconds(status, "timestamp", clock.instant()),
                text(status, "recipient_id"),
                text(status, "recipient_user_id"),
                text(status, "biz_opaque_callback_data"),
                text(pricing, "pricing_model"),
                text(pricing, "category"),
                text(pricing, "type"),
                conversation == null ? null : conversation.toString(),
                pricing == null ? null : pricing.toString(),
                Json.errors(status),
                status.toString());
    }
}

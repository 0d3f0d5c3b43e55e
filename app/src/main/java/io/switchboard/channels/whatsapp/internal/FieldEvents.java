package io.switchboard.channels.whatsapp.internal;

import static io.switchboard.channels.whatsapp.internal.Json.array;
import static io.switchboard.channels.whatsapp.internal.Json.object;
import static io.switchboard.channels.whatsapp.internal.Json.text;

import io.switchboard.channels.AccountUpdated;
import io.switchboard.channels.MarketingPreferenceChanged;
import io.switchboard.channels.PhoneNumberNameChanged;
import io.switchboard.channels.PhoneNumberQualityChanged;
import io.switchboard.channels.TemplateCategoryChanged;
import io.switchboard.channels.TemplateComponentsChanged;
import io.switchboard.channels.TemplateQualityChanged;
import io.switchboard.channels.TemplateStatusChanged;
import io.switchboard.channels.WhatsAppChannel;
import io.switchboard.channels.internal.ChannelStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The webhook fields other than {@code messages} (reference §7): stores what channels owns (quality
 * tier, verified name) and publishes an event per change for templates, compliance and campaigns.
 */
@Component
class FieldEvents {
    private static final Logger log = LoggerFactory.getLogger(FieldEvents.class);
    private final ChannelStore channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FieldEvents(ChannelStore channels, ApplicationEventPublisher events, Clock clock) {
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    /** @param route the channels of this WABA signed with the same app secret, oldest first (not empty) */
    void publish(String field, String wabaId, JsonNode entry, JsonNode value, List<WhatsAppChannel> route) {
        var at = Json.seconds(entry, "time", clock.instant());
        var channel = route.getFirst();
        var ws = channel.workspaceId();
        var templateId = text(value, "message_template_id", "");
        var name = text(value, "message_template_name", "");
        var language = text(value, "message_template_language", "");
        switch (field) {
            case "message_template_status_update" -> {
                var detail = text(object(value, "other_info"), "title");
                if (detail == null) {
                    detail = text(object(value, "rejection_info"), "reason");
                }
                if (detail == null) {
                    detail = text(object(value, "disable_info"), "disable_date");
                }
                events.publishEvent(new TemplateStatusChanged(
                        ws,
                        channel.id(),
                        wabaId,
                        templateId,
                        name,
                        language,
                        text(value, "event", "UNKNOWN"),
                        text(value, "reason"),
                        text(value, "message_template_category"),
                        detail,
                        at));
            }
            case "template_category_update" ->
                events.publishEvent(new TemplateCategoryChanged(
                        ws,
                        channel.id(),
                        wabaId,
                        templateId,
                        name,
                        language,
                        text(value, "previous_category"),
                        text(value, "new_category"),
                        text(value, "correct_category"),
                        at));
            case "message_template_quality_update" ->
                events.publishEvent(new TemplateQualityChanged(
                        ws,
                        channel.id(),
                        wabaId,
                        templateId,
                        name,
                        language,
                        text(value, "previous_quality_score"),
                        text(value, "new_quality_score", "UNKNOWN"),
                        at));
            case "message_template_components_update" ->
                events.publishEvent(
                        new TemplateComponentsChanged(ws, channel.id(), wabaId, templateId, name, language, at));
            case "phone_number_quality_update" -> {
                var number = byDisplayNumber(route, text(value, "display_phone_number"));
                var limit = text(value, "current_limit");
                var event = text(value, "event", "UNKNOWN");
                // FLAGGED: the quality turned RED; UNFLAGGED: it left RED (Meta does not say for which colour,
                // YELLOW until the next number read says more). The outbound policy reads this rating.
                var quality = switch (event.toUpperCase(java.util.Locale.ROOT)) {
                    case "FLAGGED" -> "RED";
                    case "UNFLAGGED" -> "YELLOW";
                    default -> null;
                };
                channels.graphFacts(number.workspaceId(), number.id(), null, quality, limit, null, clock.instant());
                events.publishEvent(new PhoneNumberQualityChanged(
                        number.workspaceId(), number.id(), event, limit, text(value, "old_limit"), at));
            }
            case "phone_number_name_update" -> {
                var number = byDisplayNumber(route, text(value, "display_phone_number"));
                var decision = text(value, "decision", "UNKNOWN");
                if ("APPROVED".equalsIgnoreCase(decision)) {
                    channels.graphFacts(
                            number.workspaceId(),
                            number.id(),
                            text(value, "requested_verified_name"),
                            null,
                            null,
                            null,
                            clock.instant());
                }
                events.publishEvent(new PhoneNumberNameChanged(
                        number.workspaceId(),
                        number.id(),
                        decision,
                        text(value, "requested_verified_name"),
                        text(value, "rejection_reason"),
                        at));
            }
            case "account_update" ->
                events.publishEvent(new AccountUpdated(
                        ws, channel.id(), wabaId, text(value, "event", "UNKNOWN"), accountDetail(value), at));
            case "business_capability_update" ->
                events.publishEvent(new AccountUpdated(
                        ws,
                        channel.id(),
                        wabaId,
                        "CAPABILITY_UPDATE",
                        text(value, "max_daily_conversations_per_business"),
                        at));
            case "user_preferences" -> {
                for (var preference : array(value, "user_preferences")) {
                    events.publishEvent(new MarketingPreferenceChanged(
                            ws,
                            channel.id(),
                            text(preference, "wa_id", ""),
                            text(preference, "category", "marketing_messages"),
                            text(preference, "value", ""),
                            Json.seconds(preference, "timestamp", at)));
                }
            }
            default -> log.debug("Webhook field {} is not handled yet; kept in the raw event", field);
        }
    }

    private static WhatsAppChannel byDisplayNumber(
            List<WhatsAppChannel> route, @org.jspecify.annotations.Nullable String display) {
        if (display != null) {
            var digits = display.replaceAll("\\D", "");
            for (var channel : route) {
                if (Objects.equals(channel.displayPhoneNumber().replaceAll("\\D", ""), digits)) {
                    return channel;
                }
            }
        }
        return route.getFirst();
    }

    private static @org.jspecify.annotations.Nullable String accountDetail(JsonNode value) {
        var violation = text(object(value, "violation_info"), "violation_type");
        if (violation != null) {
            return violation;
        }
        var ban = text(object(value, "ban_info"), "waba_ban_state");
        if (ban != null) {
            return ban;
        }
        var restrictions = array(value, "restriction_info");
        if (!restrictions.isEmpty()) {
            return String.join(
                    ",",
                    restrictions.stream()
                            .map(r -> text(r, "restriction_type", ""))
                            .toList());
        }
        return text(object(value, "volume_tier_info"), "tier");
    }
}

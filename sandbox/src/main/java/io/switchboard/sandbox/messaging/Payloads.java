package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.state.LimitTier;
import io.switchboard.sandbox.state.Template;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code value} objects of webhook changes, shaped like Meta's samples (see the fixtures). */
final class Payloads {
    private Payloads() {}

    /** {@code messaging_product} + {@code metadata}: the start of every {@code messages} value. */
    static ObjectNode messagesValue(BusinessNumber number) {
        var value = Json.object().put("messaging_product", "whatsapp");
        value.putObject("metadata")
                .put("display_phone_number", number.displayDigits())
                .put("phone_number_id", number.phoneNumberId());
        return value;
    }

    static ObjectNode inbound(BusinessNumber number, String waId, String profileName, JsonNode message) {
        var value = messagesValue(number);
        // Meta sends no contacts block with system messages.
        if (!"system".equals(message.path("type").asString(""))) {
            var contact = value.putArray("contacts").addObject();
            contact.putObject("profile").put("name", profileName);
            contact.put("wa_id", waId).put("user_id", Ids.bsuid(number.businessId(), waId));
        }
        value.putArray("messages").add(message);
        return value;
    }

    static ObjectNode error(int code, String details) {
        var error = Json.object()
                .put("code", code)
                .put("title", GraphErrors.title(code))
                .put("message", GraphErrors.title(code));
        error.putObject("error_data").put("details", details);
        return error.put("href", "/documentation/business-messaging/whatsapp/support/error-codes");
    }

    static ObjectNode templateStatus(Template template, String event, String reason, @Nullable JsonNode extra) {
        var value = templateIds(Json.object().put("event", event), template)
                .put("reason", reason)
                .put("message_template_category", template.category());
        if (extra != null) {
            extra.properties().forEach(e -> value.set(e.getKey(), e.getValue()));
        }
        return value;
    }

    static ObjectNode templateQuality(Template template, String previous, String current) {
        var value = Json.object().put("previous_quality_score", previous).put("new_quality_score", current);
        return templateIds(value, template);
    }

    static ObjectNode numberQuality(BusinessNumber number, String event, LimitTier current, @Nullable LimitTier old) {
        var value = Json.object()
                .put("display_phone_number", number.displayDigits())
                .put("event", event)
                .put("current_limit", current.name());
        if (old != null) {
            value.put("old_limit", old.name());
        }
        return value;
    }

    /** Meta's sample sends the daily limit as an integer; there is none for unlimited, so the tier name. */
    static ObjectNode capability(LimitTier tier) {
        var value = Json.object();
        if (tier.unlimited()) {
            value.put("max_daily_conversations_per_business", tier.name());
        } else {
            value.put("max_daily_conversations_per_business", tier.uniqueUsers());
        }
        return value.put("max_phone_numbers_per_business", 25);
    }

    static ObjectNode userPreference(BusinessNumber number, String waId, String profileName, boolean stop, long at) {
        var value = messagesValue(number);
        var contact = value.putArray("contacts").addObject().put("wa_id", waId);
        contact.putObject("profile").put("name", profileName);
        value.putArray("user_preferences")
                .addObject()
                .put("wa_id", waId)
                .put(
                        "detail",
                        stop
                                ? "User requested to stop marketing messages"
                                : "User requested to resume marketing" + " messages")
                .put("category", "marketing_messages")
                .put("value", stop ? "stop" : "resume")
                .put("timestamp", at);
        return value;
    }

    private static ObjectNode templateIds(ObjectNode value, Template template) {
        return value.put("message_template_id", Long.parseLong(template.id()))
                .put("message_template_name", template.name())
                .put("message_template_language", template.language());
    }
}

package io.switchboard.channels.whatsapp.client;

import static io.switchboard.channels.whatsapp.client.MessageJson.optional;

import io.switchboard.channels.whatsapp.client.TemplateComponent.Body;
import io.switchboard.channels.whatsapp.client.TemplateComponent.CopyCode;
import io.switchboard.channels.whatsapp.client.TemplateComponent.FlowButton;
import io.switchboard.channels.whatsapp.client.TemplateComponent.Header;
import io.switchboard.channels.whatsapp.client.TemplateComponent.QuickReply;
import io.switchboard.channels.whatsapp.client.TemplateComponent.UrlSuffix;
import io.switchboard.channels.whatsapp.client.TemplateParameter.Currency;
import io.switchboard.channels.whatsapp.client.TemplateParameter.DateTime;
import io.switchboard.channels.whatsapp.client.TemplateParameter.Location;
import io.switchboard.channels.whatsapp.client.TemplateParameter.Media;
import io.switchboard.channels.whatsapp.client.TemplateParameter.Text;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code template} object: name, language, and send-time components in lower case. */
final class TemplateJson {
    private final JsonMapper mapper;

    TemplateJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(Template template) {
        var node = mapper.createObjectNode().put("name", template.name());
        node.putObject("language").put("code", template.languageCode());
        if (template.components().isEmpty()) {
            return node;
        }
        var components = node.putArray("components");
        for (var component : template.components()) {
            var c = components.addObject();
            switch (component) {
                case Header h -> parameter(c.put("type", "header").putArray("parameters"), h.parameter());
                case Body b -> {
                    var parameters = c.put("type", "body").putArray("parameters");
                    b.parameters().forEach(p -> parameter(parameters, p));
                }
                case TemplateComponent.Button b -> button(c, b);
            }
        }
        return node;
    }

    private void button(ObjectNode c, TemplateComponent.Button button) {
        c.put("type", "button");
        // Meta's examples send the index as a string.
        switch (button) {
            case QuickReply q -> c.put("sub_type", "quick_reply").put("index", String.valueOf(q.index()));
            case UrlSuffix u -> c.put("sub_type", "url").put("index", String.valueOf(u.index()));
            case CopyCode k -> c.put("sub_type", "copy_code").put("index", String.valueOf(k.index()));
            case FlowButton f -> c.put("sub_type", "flow").put("index", String.valueOf(f.index()));
        }
        var parameter = c.putArray("parameters").addObject();
        switch (button) {
            case QuickReply q -> parameter.put("type", "payload").put("payload", q.payload());
            case UrlSuffix u -> parameter.put("type", "text").put("text", u.suffix());
            case CopyCode k -> parameter.put("type", "coupon_code").put("coupon_code", k.code());
            case FlowButton f -> {
                var action = parameter.put("type", "action").putObject("action");
                optional(action, "flow_token", f.flowToken());
                if (!f.actionData().isEmpty()) {
                    action.set("flow_action_data", mapper.valueToTree(f.actionData()));
                }
            }
        }
    }

    private void parameter(ArrayNode parameters, TemplateParameter parameter) {
        var p = parameters.addObject();
        switch (parameter) {
            case Text t -> named(p.put("type", "text"), t.name()).put("text", t.text());
            case Currency c ->
                named(p.put("type", "currency"), c.name())
                        .putObject("currency")
                        .put("fallback_value", c.fallbackValue())
                        .put("code", c.code())
                        .put("amount_1000", c.amount1000());
            case DateTime d -> {
                var dt = named(p.put("type", "date_time"), d.name()).putObject("date_time");
                dt.put("fallback_value", d.fallbackValue());
                number(dt, "day_of_week", d.dayOfWeek());
                number(dt, "year", d.year());
                number(dt, "month", d.month());
                number(dt, "day_of_month", d.dayOfMonth());
                number(dt, "hour", d.hour());
                number(dt, "minute", d.minute());
                optional(dt, "calendar", d.calendar());
            }
            case Media m -> {
                var type = m.type().wireName();
                p.put("type", type).set(type, optional(MessageJson.media(mapper, m.media()), "filename", m.filename()));
            }
            case Location l ->
                p.put("type", "location")
                        .putObject("location")
                        .put("latitude", l.latitude().toPlainString())
                        .put("longitude", l.longitude().toPlainString())
                        .put("name", l.name())
                        .put("address", l.address());
        }
    }

    private static ObjectNode named(ObjectNode parameter, @Nullable String name) {
        return optional(parameter, "parameter_name", name);
    }

    private static void number(ObjectNode node, String field, @Nullable Integer value) {
        if (value != null) {
            node.put(field, value.intValue());
        }
    }
}

package io.switchboard.channels.whatsapp.client;

import static io.switchboard.channels.whatsapp.client.MessageJson.media;

import io.switchboard.channels.whatsapp.client.Interactive.CtaUrl;
import io.switchboard.channels.whatsapp.client.Interactive.Flow;
import io.switchboard.channels.whatsapp.client.Interactive.Header;
import io.switchboard.channels.whatsapp.client.Interactive.ListMessage;
import io.switchboard.channels.whatsapp.client.Interactive.LocationRequest;
import io.switchboard.channels.whatsapp.client.Interactive.Product;
import io.switchboard.channels.whatsapp.client.Interactive.ProductList;
import io.switchboard.channels.whatsapp.client.Interactive.ReplyButtons;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code interactive} object: {@code type}, optional header/body/footer, then {@code action}. */
final class InteractiveJson {
    private final JsonMapper mapper;

    InteractiveJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(Interactive message) {
        var node = mapper.createObjectNode();
        switch (message) {
            case ReplyButtons m -> {
                frame(node, "button", m.header(), m.body(), m.footer());
                var buttons = node.putObject("action").putArray("buttons");
                for (var b : m.buttons()) {
                    var button = buttons.addObject().put("type", "reply");
                    button.putObject("reply").put("id", b.id()).put("title", b.title());
                }
            }
            case ListMessage m -> {
                frame(node, "list", m.header() == null ? null : Header.text(m.header()), m.body(), m.footer());
                var action = node.putObject("action").put("button", m.button());
                var sections = action.putArray("sections");
                for (var s : m.sections()) {
                    var section = MessageJson.optional(sections.addObject(), "title", s.title());
                    var rows = section.putArray("rows");
                    for (var r : s.rows()) {
                        MessageJson.optional(
                                rows.addObject().put("id", r.id()).put("title", r.title()),
                                "description",
                                r.description());
                    }
                }
            }
            case CtaUrl m -> {
                frame(node, "cta_url", m.header(), m.body(), m.footer());
                var action = node.putObject("action").put("name", "cta_url");
                action.putObject("parameters")
                        .put("display_text", m.displayText())
                        .put("url", m.url());
            }
            case Flow m -> {
                frame(node, "flow", m.header(), m.body(), m.footer());
                flowAction(node.putObject("action"), m);
            }
            case Product m -> {
                frame(node, "product", null, m.body(), m.footer());
                node.putObject("action")
                        .put("catalog_id", m.catalogId())
                        .put("product_retailer_id", m.productRetailerId());
            }
            case ProductList m -> {
                frame(node, "product_list", Header.text(m.header()), m.body(), m.footer());
                var action = node.putObject("action").put("catalog_id", m.catalogId());
                var sections = action.putArray("sections");
                for (var s : m.sections()) {
                    var section = sections.addObject().put("title", s.title());
                    var items = section.putArray("product_items");
                    s.productRetailerIds().forEach(id -> items.addObject().put("product_retailer_id", id));
                }
            }
            case LocationRequest m -> {
                frame(node, "location_request_message", null, m.body(), null);
                node.putObject("action").put("name", "send_location");
            }
        }
        return node;
    }

    private void frame(
            ObjectNode node, String type, @Nullable Header header, @Nullable String body, @Nullable String footer) {
        node.put("type", type);
        if (header != null) {
            var h = node.putObject("header");
            switch (header) {
                case Header.Text text -> h.put("type", "text").put("text", text.text());
                case Header.Media m ->
                    h.put("type", m.type().wireName()).set(m.type().wireName(), media(mapper, m.media()));
            }
        }
        if (body != null) {
            node.putObject("body").put("text", body);
        }
        if (footer != null) {
            node.putObject("footer").put("text", footer);
        }
    }

    private void flowAction(ObjectNode action, Flow flow) {
        action.put("name", "flow");
        var parameters = action.putObject("parameters");
        // Version 3 is the only flow message version Meta accepts today.
        parameters.put("flow_message_version", "3");
        MessageJson.optional(parameters, "flow_token", flow.flowToken());
        MessageJson.optional(parameters, "flow_id", flow.flowId());
        MessageJson.optional(parameters, "flow_name", flow.flowName());
        parameters.put("flow_cta", flow.cta());
        if (flow.draft()) {
            parameters.put("mode", "draft");
        }
        if (flow.screen() == null) {
            parameters.put("flow_action", "data_exchange");
        } else {
            parameters.put("flow_action", "navigate");
            var payload = parameters.putObject("flow_action_payload").put("screen", flow.screen());
            if (!flow.data().isEmpty()) {
                payload.set("data", mapper.valueToTree(flow.data()));
            }
        }
    }
}

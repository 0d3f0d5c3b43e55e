package io.switchboard.sandbox.messaging;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Interactive message rules (reference §2.2): parts each sub-type needs and Meta's length limits. */
final class InteractiveRules {
    private static final Set<String> MEDIA_HEADERS = Set.of("image", "video", "document");

    private InteractiveRules() {}

    static void validate(JsonNode interactive) {
        var type = Fields.text(interactive, "type", "interactive.type", 64);
        switch (type) {
            case "button" -> buttons(interactive);
            case "list" -> list(interactive);
            case "cta_url" -> ctaUrl(interactive);
            case "flow" -> flow(interactive);
            case "product" -> product(interactive);
            case "product_list" -> productList(interactive);
            case "location_request_message" -> locationRequest(interactive);
            default -> throw GraphErrors.invalid("Param interactive.type " + type + " is not supported.");
        }
    }

    private static void buttons(JsonNode interactive) {
        body(interactive, 1024);
        header(interactive, true);
        footer(interactive);
        var buttons = Fields.array(
                Fields.object(interactive, "action", "interactive.action"), "buttons", "interactive.action.buttons");
        Fields.count(buttons, 3, "interactive.action.buttons");
        var ids = new HashSet<String>();
        var titles = new HashSet<String>();
        for (int i = 0; i < buttons.size(); i++) {
            var path = "interactive.action.buttons[" + i + "]";
            var button = buttons.get(i);
            if (!"reply".equals(button.path("type").asString(""))) {
                throw GraphErrors.badValue("Param " + path + ".type must be reply.");
            }
            var reply = Fields.object(button, "reply", path + ".reply");
            if (!ids.add(Fields.text(reply, "id", path + ".reply.id", 256))
                    || !titles.add(Fields.text(reply, "title", path + ".reply.title", 20))) {
                throw GraphErrors.badValue("Button ids and titles must be unique.");
            }
        }
    }

    private static void list(JsonNode interactive) {
        body(interactive, 4096);
        header(interactive, false);
        footer(interactive);
        var action = Fields.object(interactive, "action", "interactive.action");
        Fields.text(action, "button", "interactive.action.button", 20);
        var sections = Fields.array(action, "sections", "interactive.action.sections");
        Fields.count(sections, 10, "interactive.action.sections");
        var ids = new HashSet<String>();
        int rows = 0;
        for (int s = 0; s < sections.size(); s++) {
            var path = "interactive.action.sections[" + s + "]";
            var section = sections.get(s);
            var title = Fields.optionalText(section, "title", path + ".title", 24);
            if (sections.size() > 1 && (title == null || title.isBlank())) {
                throw GraphErrors.missing("The parameter " + path + ".title is required with several sections.");
            }
            var sectionRows = Fields.array(section, "rows", path + ".rows");
            for (int r = 0; r < sectionRows.size(); r++) {
                var row = sectionRows.get(r);
                var rowPath = path + ".rows[" + r + "]";
                if (!ids.add(Fields.text(row, "id", rowPath + ".id", 200))) {
                    throw GraphErrors.badValue("Row ids must be unique.");
                }
                Fields.text(row, "title", rowPath + ".title", 24);
                Fields.optionalText(row, "description", rowPath + ".description", 72);
                rows++;
            }
        }
        // Meta: at most 10 rows across all sections, not per section.
        if (rows > 10) {
            throw GraphErrors.badValue("A list message can have at most 10 rows in total.");
        }
    }

    private static void ctaUrl(JsonNode interactive) {
        body(interactive, 1024);
        header(interactive, true);
        footer(interactive);
        var action = Fields.object(interactive, "action", "interactive.action");
        name(action, "cta_url");
        var parameters = Fields.object(action, "parameters", "interactive.action.parameters");
        Fields.text(parameters, "display_text", "interactive.action.parameters.display_text", 20);
        Fields.url(
                Fields.text(parameters, "url", "interactive.action.parameters.url", 2000),
                "interactive.action.parameters.url");
    }

    private static void flow(JsonNode interactive) {
        body(interactive, 1024);
        header(interactive, false);
        footer(interactive);
        var action = Fields.object(interactive, "action", "interactive.action");
        name(action, "flow");
        var parameters = Fields.object(action, "parameters", "interactive.action.parameters");
        var version = Fields.text(parameters, "flow_message_version", "flow_message_version", 8);
        if (!version.equals("3")) {
            throw GraphErrors.badValue("Param flow_message_version must be 3.");
        }
        if (!parameters.has("flow_id") && !parameters.has("flow_name")) {
            throw GraphErrors.missing("The parameter flow_id or flow_name is required.");
        }
        Fields.text(parameters, "flow_cta", "interactive.action.parameters.flow_cta", 30);
        var flowAction = Fields.optionalText(parameters, "flow_action", "flow_action", 32);
        if (flowAction != null && !flowAction.equals("navigate") && !flowAction.equals("data_exchange")) {
            throw GraphErrors.badValue("Param flow_action must be navigate or data_exchange.");
        }
    }

    private static void product(JsonNode interactive) {
        footer(interactive);
        var action = Fields.object(interactive, "action", "interactive.action");
        Fields.text(action, "catalog_id", "interactive.action.catalog_id", 64);
        Fields.text(action, "product_retailer_id", "interactive.action.product_retailer_id", 256);
    }

    private static void productList(JsonNode interactive) {
        var header = Fields.object(interactive, "header", "interactive.header");
        Fields.text(header, "text", "interactive.header.text", 60);
        body(interactive, 1024);
        footer(interactive);
        var action = Fields.object(interactive, "action", "interactive.action");
        Fields.text(action, "catalog_id", "interactive.action.catalog_id", 64);
        var sections = Fields.array(action, "sections", "interactive.action.sections");
        Fields.count(sections, 10, "interactive.action.sections");
        int products = 0;
        for (int s = 0; s < sections.size(); s++) {
            var items = Fields.array(sections.get(s), "product_items", "sections[" + s + "].product_items");
            for (int i = 0; i < items.size(); i++) {
                Fields.text(items.get(i), "product_retailer_id", "product_items[" + i + "].product_retailer_id", 256);
                products++;
            }
        }
        if (products > 30) {
            throw GraphErrors.badValue("A product list can have at most 30 products.");
        }
    }

    private static void locationRequest(JsonNode interactive) {
        body(interactive, 1024);
        name(Fields.object(interactive, "action", "interactive.action"), "send_location");
    }

    private static void body(JsonNode interactive, int max) {
        Fields.text(Fields.object(interactive, "body", "interactive.body"), "text", "interactive.body.text", max);
    }

    private static void footer(JsonNode interactive) {
        if (interactive.has("footer")) {
            Fields.text(
                    Fields.object(interactive, "footer", "interactive.footer"), "text", "interactive.footer.text", 60);
        }
    }

    private static void header(JsonNode interactive, boolean mediaAllowed) {
        if (!interactive.has("header")) {
            return;
        }
        var header = Fields.object(interactive, "header", "interactive.header");
        var type = Fields.text(header, "type", "interactive.header.type", 16);
        if (type.equals("text")) {
            Fields.text(header, "text", "interactive.header.text", 60);
        } else if (!mediaAllowed || !MEDIA_HEADERS.contains(type)) {
            throw GraphErrors.badValue("Param interactive.header.type " + type + " is not allowed here.");
        } else {
            Fields.object(header, type, "interactive.header." + type);
        }
    }

    private static void name(JsonNode action, String expected) {
        if (!expected.equals(action.path("name").asString(""))) {
            throw GraphErrors.badValue("Param interactive.action.name must be " + expected + ".");
        }
    }
}

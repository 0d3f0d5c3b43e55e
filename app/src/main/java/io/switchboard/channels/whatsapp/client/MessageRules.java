package io.switchboard.channels.whatsapp.client;

import io.switchboard.channels.whatsapp.client.Interactive.CtaUrl;
import io.switchboard.channels.whatsapp.client.Interactive.Flow;
import io.switchboard.channels.whatsapp.client.Interactive.Header;
import io.switchboard.channels.whatsapp.client.Interactive.ListMessage;
import io.switchboard.channels.whatsapp.client.Interactive.LocationRequest;
import io.switchboard.channels.whatsapp.client.Interactive.Product;
import io.switchboard.channels.whatsapp.client.Interactive.ProductList;
import io.switchboard.channels.whatsapp.client.Interactive.ReplyButtons;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Audio;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Contacts;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Document;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Image;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Location;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Reaction;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Sticker;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Text;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Video;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The limits Meta checks cheaply and answers with error 100 or 131009 (reference §2.1–2.3), checked
 * here so a bad request fails before it costs a call or a rate-limit token. Deliberately not checked:
 * anything only Meta knows (template definitions, media ids, the 24-hour window).
 */
public final class MessageRules {
    // Meta's documented limits (reference §2.1, §2.2); names say where each applies.
    static final int TEXT_BODY = 4096;
    static final int CAPTION = 1024;
    static final int CALLBACK_DATA = 512;
    static final int MAX_CONTACTS = 257;
    static final int BUTTONS = 3;
    static final int BUTTON_TITLE = 20;
    static final int BUTTON_ID = 256;
    static final int INTERACTIVE_BODY = 1024;
    static final int HEADER_FOOTER = 60;
    static final int LIST_SECTIONS = 10;
    static final int LIST_ROWS = 10;
    static final int LIST_TITLE = 24;
    static final int ROW_DESCRIPTION = 72;
    static final int ROW_ID = 200;
    static final int PRODUCTS = 30;
    static final int TEMPLATE_BUTTONS = 10;

    private MessageRules() {}

    /** Every violation of {@code request}; empty when Meta's cheap checks would pass. */
    public static List<Violation> check(SendRequest request) {
        var checks = new Checks();
        checks.required("to", request.to(), 64);
        checks.atMost("biz_opaque_callback_data", request.callbackData(), CALLBACK_DATA);
        if (request.replyTo() != null) {
            checks.required("context.message_id", request.replyTo(), 512);
            checks.that(!(request.message() instanceof Reaction), "context", "a reaction cannot quote a message");
        }
        switch (request.message()) {
            case Text t -> checks.required("text.body", t.body(), TEXT_BODY);
            case Image i -> media(checks, "image", i.media(), i.caption());
            case Video v -> media(checks, "video", v.media(), v.caption());
            case Audio a -> media(checks, "audio", a.media(), null);
            case Document d -> media(checks, "document", d.media(), d.caption());
            case Sticker s -> media(checks, "sticker", s.media(), null);
            case Location l -> coordinates(checks, "location", l.latitude(), l.longitude());
            case Contacts c -> contacts(checks, c);
            case Reaction r -> checks.required("reaction.message_id", r.messageId(), 512);
            case Interactive i -> interactive(checks, i);
            case Template t -> TemplateRules.check(checks, t);
        }
        return checks.violations();
    }

    static void media(Checks checks, String field, MediaRef media, @Nullable String caption) {
        switch (media) {
            case MediaRef.Id id -> checks.required(field + ".id", id.id(), 256);
            case MediaRef.Link link ->
                checks.that(
                        link.link().startsWith("https://") || link.link().startsWith("http://"),
                        field + ".link",
                        "must be an http(s) URL");
        }
        checks.atMost(field + ".caption", caption, CAPTION);
    }

    static void coordinates(Checks checks, String field, BigDecimal latitude, BigDecimal longitude) {
        checks.that(latitude.abs().compareTo(BigDecimal.valueOf(90)) <= 0, field + ".latitude", "must be within ±90");
        checks.that(
                longitude.abs().compareTo(BigDecimal.valueOf(180)) <= 0, field + ".longitude", "must be within ±180");
    }

    private static void contacts(Checks checks, Contacts message) {
        checks.count("contacts", message.contacts().size(), 1, MAX_CONTACTS);
        for (int i = 0; i < message.contacts().size(); i++) {
            checks.required(
                    "contacts[" + i + "].name.formatted_name",
                    message.contacts().get(i).name().formattedName(),
                    1024);
        }
    }

    private static void interactive(Checks checks, Interactive message) {
        switch (message) {
            case ReplyButtons m -> {
                frame(checks, m.header(), m.body(), INTERACTIVE_BODY, m.footer());
                checks.count("interactive.action.buttons", m.buttons().size(), 1, BUTTONS);
                var titles = new HashSet<String>();
                var ids = new HashSet<String>();
                for (int i = 0; i < m.buttons().size(); i++) {
                    var button = m.buttons().get(i);
                    var field = "interactive.action.buttons[" + i + "].reply";
                    checks.required(field + ".title", button.title(), BUTTON_TITLE);
                    checks.required(field + ".id", button.id(), BUTTON_ID);
                    checks.that(titles.add(button.title()), field + ".title", "must be unique");
                    checks.that(ids.add(button.id()), field + ".id", "must be unique");
                }
            }
            case ListMessage m -> list(checks, m);
            case CtaUrl m -> {
                frame(checks, m.header(), m.body(), INTERACTIVE_BODY, m.footer());
                checks.required("interactive.action.parameters.display_text", m.displayText(), BUTTON_TITLE);
                checks.that(
                        m.url().startsWith("https://") || m.url().startsWith("http://"),
                        "interactive.action.parameters.url",
                        "must be an http(s) URL");
            }
            case Flow m -> {
                frame(checks, m.header(), m.body(), INTERACTIVE_BODY, m.footer());
                checks.that(
                        (m.flowId() == null) != (m.flowName() == null),
                        "interactive.action.parameters",
                        "needs exactly one of flow_id and flow_name");
                checks.required("interactive.action.parameters.flow_cta", m.cta(), BUTTON_TITLE);
            }
            case Product m -> {
                checks.atMost("interactive.body.text", m.body(), INTERACTIVE_BODY);
                checks.atMost("interactive.footer.text", m.footer(), HEADER_FOOTER);
                checks.required("interactive.action.catalog_id", m.catalogId(), 256);
                checks.required("interactive.action.product_retailer_id", m.productRetailerId(), 256);
            }
            case ProductList m -> {
                checks.required("interactive.header.text", m.header(), HEADER_FOOTER);
                checks.required("interactive.body.text", m.body(), INTERACTIVE_BODY);
                checks.atMost("interactive.footer.text", m.footer(), HEADER_FOOTER);
                checks.required("interactive.action.catalog_id", m.catalogId(), 256);
                checks.count("interactive.action.sections", m.sections().size(), 1, LIST_SECTIONS);
                int products = 0;
                for (int i = 0; i < m.sections().size(); i++) {
                    var section = m.sections().get(i);
                    checks.required("interactive.action.sections[" + i + "].title", section.title(), LIST_TITLE);
                    products += section.productRetailerIds().size();
                }
                checks.count("interactive.action.sections[].product_items", products, 1, PRODUCTS);
            }
            case LocationRequest m -> checks.required("interactive.body.text", m.body(), INTERACTIVE_BODY);
        }
    }

    private static void list(Checks checks, ListMessage m) {
        checks.atMost("interactive.header.text", m.header(), HEADER_FOOTER);
        checks.required("interactive.body.text", m.body(), TEXT_BODY);
        checks.atMost("interactive.footer.text", m.footer(), HEADER_FOOTER);
        checks.required("interactive.action.button", m.button(), BUTTON_TITLE);
        checks.count("interactive.action.sections", m.sections().size(), 1, LIST_SECTIONS);
        int rows = 0;
        var ids = new HashSet<String>();
        for (int s = 0; s < m.sections().size(); s++) {
            var section = m.sections().get(s);
            var field = "interactive.action.sections[" + s + "]";
            if (m.sections().size() > 1) {
                checks.required(field + ".title", section.title(), LIST_TITLE);
            } else {
                checks.atMost(field + ".title", section.title(), LIST_TITLE);
            }
            for (int r = 0; r < section.rows().size(); r++) {
                var row = section.rows().get(r);
                var rowField = field + ".rows[" + r + "]";
                checks.required(rowField + ".title", row.title(), LIST_TITLE);
                checks.required(rowField + ".id", row.id(), ROW_ID);
                checks.atMost(rowField + ".description", row.description(), ROW_DESCRIPTION);
                checks.that(ids.add(row.id()), rowField + ".id", "must be unique");
            }
            rows += section.rows().size();
        }
        // The limit is 10 rows over all sections together, not 10 per section.
        checks.count("interactive.action.sections[].rows", rows, 1, LIST_ROWS);
    }

    private static void frame(
            Checks checks, @Nullable Header header, String body, int bodyMax, @Nullable String footer) {
        switch (header) {
            case null -> {}
            case Header.Text text -> checks.required("interactive.header.text", text.text(), HEADER_FOOTER);
            case Header.Media media ->
                media(checks, "interactive.header." + media.type().wireName(), media.media(), null);
        }
        checks.required("interactive.body.text", body, bodyMax);
        checks.atMost("interactive.footer.text", footer, HEADER_FOOTER);
    }
}

package io.switchboard.channels.whatsapp.client;

import static io.switchboard.channels.whatsapp.client.MessageJson.optional;

import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code contacts} array of a contacts message: Meta's vCard-like field names. */
final class ContactsJson {
    private ContactsJson() {}

    static ArrayNode write(JsonMapper mapper, OutboundMessage.Contacts message) {
        var array = mapper.createArrayNode();
        for (var card : message.contacts()) {
            var node = array.addObject();
            var name = node.putObject("name").put("formatted_name", card.name().formattedName());
            optional(name, "first_name", card.name().firstName());
            optional(name, "last_name", card.name().lastName());
            optional(name, "middle_name", card.name().middleName());
            optional(name, "suffix", card.name().suffix());
            optional(name, "prefix", card.name().prefix());
            list(node, "phones", card.phones(), (n, p) -> {
                optional(optional(n.put("phone", p.phone()), "type", p.type()), "wa_id", p.waId());
            });
            list(node, "emails", card.emails(), (n, e) -> optional(n.put("email", e.email()), "type", e.type()));
            list(node, "addresses", card.addresses(), (n, a) -> {
                optional(n, "street", a.street());
                optional(n, "city", a.city());
                optional(n, "state", a.state());
                optional(n, "zip", a.zip());
                optional(n, "country", a.country());
                optional(n, "country_code", a.countryCode());
                optional(n, "type", a.type());
            });
            var org = card.org();
            if (org != null) {
                var orgNode = node.putObject("org");
                optional(orgNode, "company", org.company());
                optional(orgNode, "department", org.department());
                optional(orgNode, "title", org.title());
            }
            list(node, "urls", card.urls(), (n, u) -> optional(n.put("url", u.url()), "type", u.type()));
            var birthday = card.birthday();
            if (birthday != null) {
                // Meta wants YYYY-MM-DD, which is LocalDate's ISO form.
                node.put("birthday", birthday.toString());
            }
        }
        return array;
    }

    private static <T> void list(ObjectNode parent, String field, List<T> items, BiConsumer<ObjectNode, T> writer) {
        if (items.isEmpty()) {
            return;
        }
        var array = parent.putArray(field);
        items.forEach(item -> writer.accept(array.addObject(), item));
    }
}

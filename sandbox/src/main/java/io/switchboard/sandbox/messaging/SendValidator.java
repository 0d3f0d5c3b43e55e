package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.MediaStore;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Checks a send body per type against the limits in Meta's docs (reference §2.1–2.3). */
final class SendValidator {
    private static final Set<String> MEDIA = Set.of("image", "video", "audio", "document", "sticker");
    private static final Set<String> CAPTIONED = Set.of("image", "video", "document");

    private final MediaStore media;
    private final TemplateSendRules templates;

    SendValidator(MediaStore media, TemplateSendRules templates) {
        this.media = media;
        this.templates = templates;
    }

    Validated validate(BusinessNumber number, String type, JsonNode body) {
        return switch (type) {
            case "text" -> {
                var text = Fields.object(body, "text", "text");
                Fields.text(text, "body", "text.body", 4096);
                yield Validated.freeForm();
            }
            case "location" -> location(Fields.object(body, "location", "location"));
            case "contacts" -> contacts(body);
            case "reaction" -> reaction(Fields.object(body, "reaction", "reaction"));
            case "interactive" -> {
                InteractiveRules.validate(Fields.object(body, "interactive", "interactive"));
                yield Validated.freeForm();
            }
            case "template" -> templates.validate(number, Fields.object(body, "template", "template"));
            default -> {
                if (!MEDIA.contains(type)) {
                    throw GraphErrors.of(131051, "Message type " + type + " is not supported.");
                }
                media(type, Fields.object(body, type, type));
                yield Validated.freeForm();
            }
        };
    }

    /** A media object sent by {@code id} (uploaded to the sandbox) or by {@code link}. */
    void media(String type, JsonNode object) {
        var id = Fields.optionalText(object, "id", type + ".id", 128);
        var link = Fields.optionalText(object, "link", type + ".link", 2000);
        if (id == null && link == null) {
            throw GraphErrors.missing("The parameter " + type + ".id or " + type + ".link is required.");
        }
        if (id != null && link != null) {
            throw GraphErrors.invalid("Param " + type + " must have either id or link, not both.");
        }
        if (id != null && media.find(id).isEmpty()) {
            throw GraphErrors.badValue("Media id " + id + " is unknown or expired. Upload it again.");
        }
        if (link != null) {
            Fields.url(link, type + ".link");
        }
        if (CAPTIONED.contains(type)) {
            Fields.optionalText(object, "caption", type + ".caption", 1024);
        }
        if (type.equals("document")) {
            Fields.optionalText(object, "filename", "document.filename", 240);
        }
    }

    private static Validated location(JsonNode location) {
        var latitude = coordinate(location, "latitude", 90);
        var longitude = coordinate(location, "longitude", 180);
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            throw GraphErrors.badValue("Params location.latitude and location.longitude must be numbers.");
        }
        Fields.optionalText(location, "name", "location.name", 1000);
        Fields.optionalText(location, "address", "location.address", 1000);
        return Validated.freeForm();
    }

    private static double coordinate(JsonNode location, String field, double bound) {
        var text = Fields.text(location, field, "location." + field, 64);
        try {
            var value = Double.parseDouble(text);
            if (Math.abs(value) > bound) {
                throw GraphErrors.badValue("Param location." + field + " is out of range.");
            }
            return value;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Validated contacts(JsonNode body) {
        var contacts = Fields.array(body, "contacts", "contacts");
        Fields.count(contacts, 257, "contacts");
        for (int i = 0; i < contacts.size(); i++) {
            var name = Fields.object(contacts.get(i), "name", "contacts[" + i + "].name");
            Fields.text(name, "formatted_name", "contacts[" + i + "].name.formatted_name", 1000);
        }
        return Validated.freeForm();
    }

    private static Validated reaction(JsonNode reaction) {
        var target = Fields.text(reaction, "message_id", "reaction.message_id", 256);
        if (!reaction.has("emoji")) {
            throw GraphErrors.missing("The parameter reaction.emoji is required.");
        }
        Fields.optionalText(reaction, "emoji", "reaction.emoji", 10);
        return new Validated("service", false, null, target);
    }
}

package io.switchboard.sandbox.messaging;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * BUTTONS at creation: at most 10 in all (quick replies ≤ 10, URL ≤ 2, phone ≤ 1, copy code ≤ 1),
 * labels ≤ 25 characters, and quick replies grouped together (QR,QR,URL ok; QR,URL,QR not).
 */
final class TemplateButtonRules {
    private static final Map<String, Integer> MAX =
            Map.of("QUICK_REPLY", 10, "URL", 2, "PHONE_NUMBER", 1, "COPY_CODE", 1);

    private TemplateButtonRules() {}

    static void check(JsonNode component) {
        var buttons = component.path("buttons");
        if (!buttons.isArray() || buttons.isEmpty() || buttons.size() > 10) {
            throw GraphErrors.invalid("BUTTONS needs between 1 and 10 buttons.");
        }
        int quickReplyGroups = 0;
        var previousWasQuickReply = false;
        for (var button : buttons) {
            var type = button.path("type").asString("").toUpperCase(Locale.ROOT);
            var max = MAX.get(type);
            if (max != null
                    && buttons.valueStream()
                                    .filter(b -> type.equals(
                                            b.path("type").asString("").toUpperCase(Locale.ROOT)))
                                    .count()
                            > max) {
                throw GraphErrors.invalid("Too many " + type + " buttons (at most " + max + ").");
            }
            var text = button.path("text").asString("");
            if (text.isBlank()) {
                throw GraphErrors.invalid("Every button needs a text.");
            }
            if (text.codePointCount(0, text.length()) > 25) {
                throw GraphErrors.of(2388040, "Button text is longer than 25 characters.");
            }
            if (type.equals("URL")) {
                var url = button.path("url").asString("");
                if (url.isBlank() || url.length() > 2000) {
                    throw GraphErrors.invalid("URL buttons need a url of at most 2000 characters.");
                }
            }
            var quickReply = type.equals("QUICK_REPLY");
            if (quickReply && !previousWasQuickReply) {
                quickReplyGroups++;
            }
            previousWasQuickReply = quickReply;
        }
        if (quickReplyGroups > 1) {
            throw GraphErrors.invalid("Quick reply buttons must be grouped together.");
        }
    }
}

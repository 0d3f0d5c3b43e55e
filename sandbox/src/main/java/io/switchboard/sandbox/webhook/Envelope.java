package io.switchboard.sandbox.webhook;

import io.switchboard.sandbox.state.Json;
import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Meta's webhook envelope: one entry per WABA; non-message fields carry the entry's {@code time}. */
final class Envelope {
    private Envelope() {}

    static ObjectNode of(List<Lane.Pending> batch, long now) {
        var root = Json.object().put("object", "whatsapp_business_account");
        var entries = root.putArray("entry");
        var byEntry = new LinkedHashMap<String, ObjectNode>();
        for (var event : batch) {
            var messages = event.field().equals("messages");
            var entry = byEntry.computeIfAbsent(event.wabaId() + messages, k -> {
                var created = entries.addObject().put("id", event.wabaId());
                if (!messages) {
                    created.put("time", now);
                }
                created.putArray("changes");
                return created;
            });
            var change = ((ArrayNode) entry.get("changes")).addObject();
            change.set("value", event.value());
            change.put("field", event.field());
        }
        return root;
    }
}

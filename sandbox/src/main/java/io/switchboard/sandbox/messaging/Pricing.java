package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.Customers;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.MessageRecord;
import io.switchboard.sandbox.state.PricingModel;
import io.switchboard.sandbox.state.SandboxClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code pricing} and {@code conversation} objects of sent and delivered statuses (reference §6, §10).
 * PMP: conversation only before v24.0, with an id per message. CBP: one conversation per number,
 * customer and category for 24 h from the first delivery; service conversations are free.
 */
final class Pricing {
    private static final int MAX_OPEN = 100_000;

    private record Conversation(String id, Instant expiresAt) {}

    private final PricingModel model;
    private final SandboxClock clock;
    private final Map<String, Conversation> open = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
            return size() > MAX_OPEN;
        }
    };

    Pricing(PricingModel model, SandboxClock clock) {
        this.model = model;
        this.clock = clock;
    }

    void addTo(ObjectNode status, MessageRecord message, boolean sent) {
        var category = message.pricingCategory();
        if (model == PricingModel.CBP) {
            var conversation = cbpConversation(message);
            var node = status.putObject("conversation").put("id", conversation.id());
            if (sent) {
                node.put(
                        "expiration_timestamp",
                        String.valueOf(conversation.expiresAt().getEpochSecond()));
            }
            node.putObject("origin").put("type", category);
            status.putObject("pricing")
                    .put("billable", !category.equals("service"))
                    .put("pricing_model", "CBP")
                    .put("category", category);
            return;
        }
        // Meta omits conversation on v24.0+ outside free entry point windows.
        if (majorVersion(message.graphVersion()) < 24) {
            var id = HexFormat.of().formatHex(Ids.sha256(message.wamid().getBytes(StandardCharsets.UTF_8)), 0, 16);
            var node = status.putObject("conversation").put("id", id);
            if (sent) {
                node.put(
                        "expiration_timestamp",
                        String.valueOf(
                                clock.now().plus(Customers.SERVICE_WINDOW).getEpochSecond()));
            }
            node.putObject("origin").put("type", category);
        }
        status.putObject("pricing")
                .put("billable", message.pricingType().equals("regular"))
                .put("pricing_model", "PMP")
                .put("type", message.pricingType())
                .put("category", category);
    }

    private synchronized Conversation cbpConversation(MessageRecord message) {
        var key = message.phoneNumberId() + "|" + message.waId() + "|" + message.pricingCategory();
        var now = clock.now();
        var current = open.get(key);
        if (current == null || !now.isBefore(current.expiresAt())) {
            current = new Conversation(Ids.hex(16), now.plus(Customers.SERVICE_WINDOW));
            open.put(key, current);
        }
        return current;
    }

    synchronized void clear() {
        open.clear();
    }

    static int majorVersion(String version) {
        try {
            return Integer.parseInt(version.replaceFirst("^v", "").replaceFirst("\\..*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

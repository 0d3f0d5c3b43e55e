package io.switchboard.messaging.internal;

import io.switchboard.messaging.MessagePriced;
import io.switchboard.messaging.SendSource;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads Meta's {@code pricing} and {@code conversation} objects of a status into {@link MessagePriced}. */
final class PricingJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PricingJson() {}

    static MessagePriced event(
            WorkspaceId workspace,
            MessageStore.Head head,
            io.switchboard.channels.ChannelId channel,
            String providerMessageId,
            String pricingJson,
            @Nullable String conversationJson,
            Instant sentAt,
            MessageStore.Origin origin) {
        var pricing = JSON.readTree(pricingJson);
        var billable = pricing.path("billable");
        var conversationId = conversationJson == null
                ? null
                : JSON.readTree(conversationJson).path("id").asString(null);
        return new MessagePriced(
                workspace,
                head.id(),
                head.contactId(),
                channel,
                providerMessageId,
                billable.isBoolean() ? billable.asBoolean() : null,
                text(pricing.path("pricing_model")),
                text(pricing.path("category")),
                text(pricing.path("type")),
                conversationId,
                sentAt,
                origin.source(),
                origin.campaignRef());
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString().toLowerCase(Locale.ROOT) : null;
    }

    static @Nullable SendSource source(@Nullable String name) {
        return name == null ? null : SendSource.valueOf(name);
    }
}

package io.switchboard.channels.spi;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One element of {@code value.statuses[]}: a status of a message the business sent.
 *
 * @param status Meta's value in lower case: sent, delivered, read, played, failed, or a new one
 * @param conversationJson the {@code conversation} object as sent (CBP era, or FEP window on v24+)
 * @param pricingJson the {@code pricing} object as sent ({@code pricing_model} CBP or PMP), if any
 * @param rawJson the whole status object as sent
 */
public record InboundStatus(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String providerMessageId,
        String status,
        Instant timestamp,
        @Nullable String recipientId,
        @Nullable String recipientUserId,
        @Nullable String bizOpaqueCallbackData,
        @Nullable String pricingModel,
        @Nullable String pricingCategory,
        @Nullable String pricingType,
        @Nullable String conversationJson,
        @Nullable String pricingJson,
        List<ProviderError> errors,
        String rawJson) {}

package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Meta reported the pricing of an outbound message: published once per message, when the first status
 * carrying a {@code pricing} object is applied (in whichever order the statuses arrive). Values as Meta sent
 * them, in lower case; any may be missing ({@code billable} is being deprecated by Meta).
 *
 * @param pricingModel {@code CBP} or {@code PMP}
 * @param category {@code marketing}, {@code utility}, {@code authentication}, {@code service}, …
 * @param type PMP only: {@code regular}, {@code free_customer_service}, {@code free_entry_point}
 * @param conversationId CBP: the 24-hour conversation the message was charged in, if Meta named it
 * @param sentAt Meta's time of the earliest status of the message (sent, or the first that arrived)
 * @param campaignRef the campaign or flow run of the send, if the request named one
 */
public record MessagePriced(
        WorkspaceId workspaceId,
        MessageId messageId,
        ContactId contactId,
        ChannelId channelId,
        String providerMessageId,
        @Nullable Boolean billable,
        @Nullable String pricingModel,
        @Nullable String category,
        @Nullable String type,
        @Nullable String conversationId,
        Instant sentAt,
        @Nullable SendSource source,
        @Nullable String campaignRef) {}

package io.switchboard.channels.spi;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One element of {@code value.messages[]}, normalized, with who sent it.
 *
 * @param providerMessageId the wamid, unique per channel (idempotency key)
 * @param waId the sender's WhatsApp id (phone digits); {@code null} for a username-only user (2026)
 * @param userId the business-scoped user id (BSUID, {@code contacts[].user_id}), if sent
 * @param timestamp Meta's timestamp of the message (the user's send time), not our receive time
 * @param type Meta's {@code type} as sent, also for types we do not know
 * @param rawJson the message object exactly as Meta sent it, so nothing unknown is lost
 */
public record InboundMessage(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String providerMessageId,
        @Nullable String waId,
        @Nullable String userId,
        @Nullable String username,
        @Nullable String profileName,
        Instant timestamp,
        String type,
        MessageContent content,
        @Nullable MessageContext context,
        @Nullable Referral referral,
        List<ProviderError> errors,
        String rawJson) {}

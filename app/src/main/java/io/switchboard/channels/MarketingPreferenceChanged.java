package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;

/**
 * A WhatsApp user stopped or resumed marketing messages from this business ({@code user_preferences}).
 * The compliance module records it in the consent ledger.
 *
 * @param value {@code stop}, {@code resume} or another value Meta adds
 */
public record MarketingPreferenceChanged(
        WorkspaceId workspaceId, ChannelId channelId, String waId, String category, String value, Instant occurredAt) {}

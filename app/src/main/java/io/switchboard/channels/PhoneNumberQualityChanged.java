package io.switchboard.channels;

import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A number's quality or limit changed ({@code phone_number_quality_update}); the channel row already
 * carries the new tier when this is published.
 *
 * @param event ONBOARDING, THROUGHPUT_UPGRADE, or older FLAGGED/UNFLAGGED/UPGRADE/DOWNGRADE
 * @param currentLimit TIER_250, TIER_2K, …, TIER_UNLIMITED, or {@code null}
 */
public record PhoneNumberQualityChanged(
        WorkspaceId workspaceId,
        ChannelId channelId,
        String event,
        @Nullable String currentLimit,
        @Nullable String oldLimit,
        Instant occurredAt) {}

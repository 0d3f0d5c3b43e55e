package io.switchboard.campaigns;

import io.switchboard.channels.ChannelId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broadcast.
 *
 * @param parameters how each body variable ({{1}}, {{2}}, …) is filled, in order
 * @param pauseReason why it was paused, in words, when PAUSED
 * @param sendWindow the hours of each contact's local day it may be reached; {@code null} for any time
 */
public record Campaign(
        CampaignId id,
        String name,
        ChannelId channelId,
        String templateName,
        String templateLanguage,
        List<Parameter> parameters,
        CampaignStatus status,
        @Nullable String pauseReason,
        @Nullable Instant scheduledAt,
        @Nullable Instant launchedAt,
        @Nullable Instant finishedAt,
        int recipients,
        Instant createdAt,
        @Nullable SendWindow sendWindow) {

    /**
     * One body variable: a contact field ({@code name}, {@code phone}, {@code wa_id}) with a fallback for
     * contacts without it, or a fixed {@code value}.
     */
    public record Parameter(
            @Nullable String field,
            @Nullable String value,
            @Nullable String fallback) {}
}

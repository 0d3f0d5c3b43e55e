package io.switchboard.campaigns;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The live funnel of a campaign.
 *
 * @param pending not yet handed to messaging
 * @param waitingForWindow of those, how many wait for their send window to open in their local time
 * @param nextWindowOpens when the first of those becomes due
 * @param queued accepted by the outbound policy, not yet sent
 * @param skipped refused by the policy, by reason code (NO_MARKETING_CONSENT, OPTED_OUT, …)
 * @param failed failed at Meta, by error code
 */
public record CampaignStats(
        int total,
        int pending,
        int queued,
        int sent,
        int delivered,
        int read,
        int replied,
        Map<String, Integer> skipped,
        Map<String, Integer> failed,
        int waitingForWindow,
        @Nullable Instant nextWindowOpens) {}

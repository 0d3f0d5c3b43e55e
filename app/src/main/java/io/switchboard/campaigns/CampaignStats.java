package io.switchboard.campaigns;

import java.util.Map;

/**
 * The live funnel of a campaign.
 *
 * @param pending not yet handed to messaging
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
        Map<String, Integer> failed) {}

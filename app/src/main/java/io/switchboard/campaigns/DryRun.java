package io.switchboard.campaigns;

import io.switchboard.billing.Estimate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a launch would do now, nothing stored or sent.
 *
 * @param audience distinct contacts in the audience
 * @param duplicates entries of the audience that named a contact already in it
 * @param wouldSend recipients the outbound policy accepts now
 * @param heldByLimit of those, how many wait for the messaging limit (unique recipients outside the window
 *     per rolling 24 hours) beyond what the number may still start today
 * @param skipped refused recipients by reason code
 * @param estimatedCost what the recipients that would be sent cost at today's rate card (the sum of the
 *     priced markets); {@code null} when no market is priced
 * @param currency the rate card's currency
 * @param costByMarket by market, charged and free (inside the service window) apart
 * @param sendNow of {@code wouldSend}, how many are inside their send window now
 * @param waitForWindow of {@code wouldSend}, how many wait for their send window to open in their local time
 * @param lastWindowOpens when the last of those becomes due (roughly when the campaign is handed over)
 */
public record DryRun(
        int audience,
        int duplicates,
        int wouldSend,
        int heldByLimit,
        Map<String, Integer> skipped,
        @Nullable BigDecimal estimatedCost,
        @Nullable String currency,
        List<Estimate.MarketCost> costByMarket,
        int sendNow,
        int waitForWindow,
        @Nullable Instant lastWindowOpens) {}

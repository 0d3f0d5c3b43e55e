package io.switchboard.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What sending one message of {@code category} to each recipient would cost at {@code at}, by market.
 *
 * @param total the sum of the priced markets, in {@code currency}
 * @param currency the rate card's currency (the first priced market's, when markets differ)
 */
public record Estimate(
        PricingCategory category, Instant at, BigDecimal total, String currency, List<MarketCost> markets) {

    /**
     * One market of the estimate.
     *
     * @param unitPrice the price of one message; {@code null} when no rate card line covers this market
     * @param charged {@code false} when Meta does not charge this category here (free inside the window)
     */
    public record MarketCost(
            String country,
            int recipients,
            boolean charged,
            @Nullable BigDecimal unitPrice,
            @Nullable String currency,
            BigDecimal amount) {}
}

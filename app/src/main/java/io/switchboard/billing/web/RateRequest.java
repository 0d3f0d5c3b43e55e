package io.switchboard.billing.web;

import io.switchboard.billing.BillingException;
import io.switchboard.billing.NewRate;
import io.switchboard.billing.PricingModel;
import io.switchboard.billing.internal.RateCsv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A rate card line to add or replace, as the API and the page's form send it. */
record RateRequest(
        @Nullable String country,
        @Nullable String category,
        @Nullable String model,
        @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable LocalDate effectiveFrom) {

    /** @throws BillingException INVALID naming the first missing or unknown field */
    NewRate toNewRate() {
        if (country == null || country.isBlank()) {
            throw BillingException.invalid("country", "Give the market: an ISO country code such as IT, or OTHER.");
        }
        if (price == null) {
            throw BillingException.invalid("price", "Give the price of one message, like 0.0625.");
        }
        if (effectiveFrom == null) {
            throw BillingException.invalid("effectiveFrom", "Give the date the rate takes effect, like 2026-10-01.");
        }
        var pricingModel = switch (model == null ? "" : model.strip().toUpperCase(Locale.ROOT)) {
            case "CBP" -> PricingModel.CBP;
            case "PMP" -> PricingModel.PMP;
            default -> throw BillingException.invalid("model", "The pricing model is CBP or PMP.");
        };
        try {
            return new NewRate(
                    country,
                    RateCsv.category(category == null ? "" : category),
                    pricingModel,
                    price,
                    currency == null ? "USD" : currency,
                    effectiveFrom);
        } catch (IllegalArgumentException e) {
            throw BillingException.invalid("category", e.getMessage());
        }
    }
}

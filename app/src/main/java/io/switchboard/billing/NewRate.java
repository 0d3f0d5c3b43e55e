package io.switchboard.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rate to add or replace: the line of the same scope, country, category and effective date is replaced. */
public record NewRate(
        String country,
        PricingCategory category,
        PricingModel model,
        BigDecimal price,
        String currency,
        LocalDate effectiveFrom) {}

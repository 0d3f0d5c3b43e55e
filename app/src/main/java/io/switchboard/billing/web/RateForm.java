package io.switchboard.billing.web;

import io.switchboard.billing.BillingException;
import io.switchboard.billing.NewRate;
import io.switchboard.billing.RateScope;
import io.switchboard.billing.internal.RateCsv;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The page's form for one rate card line, as typed. */
record RateForm(
        @Nullable String country,
        @Nullable String category,
        @Nullable String model,
        @Nullable String price,
        @Nullable String currency,
        @Nullable String effectiveFrom,
        @Nullable String scope) {

    static RateForm empty() {
        return new RateForm("", "MARKETING", "PMP", "", "USD", "", "WORKSPACE");
    }

    RateScope rateScope() {
        return "GLOBAL".equals(scope) ? RateScope.GLOBAL : RateScope.WORKSPACE;
    }

    NewRate toNewRate() {
        BigDecimal amount;
        try {
            amount = RateCsv.price(price == null ? "" : price);
        } catch (IllegalArgumentException e) {
            throw BillingException.invalid("price", e.getMessage());
        }
        java.time.LocalDate from;
        try {
            from = RateCsv.date(effectiveFrom == null ? "" : effectiveFrom);
        } catch (IllegalArgumentException e) {
            throw BillingException.invalid("effectiveFrom", e.getMessage());
        }
        return new RateRequest(country, category, model, amount, currency, from).toNewRate();
    }
}

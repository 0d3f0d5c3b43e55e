package io.switchboard.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.billing.Markets;
import io.switchboard.billing.PricingCategory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Meta's free-or-charged rules by date, markets by calling code, Meta's category names. No Spring. */
class BillingRulesTests {
    private static final Instant SEPT_30 = Instant.parse("2026-09-30T23:59:59Z");
    private static final Instant OCT_1 = Instant.parse("2026-10-01T00:00:00Z");

    @Test
    void serviceAndUtilityInsideTheWindowAreChargedFromOctober2026() {
        assertThat(Tariff.chargedBeforeSend(PricingCategory.SERVICE, true, SEPT_30))
                .isFalse();
        assertThat(Tariff.chargedBeforeSend(PricingCategory.SERVICE, true, OCT_1))
                .isTrue();
        assertThat(Tariff.chargedBeforeSend(PricingCategory.UTILITY, true, SEPT_30))
                .isFalse();
        assertThat(Tariff.chargedBeforeSend(PricingCategory.UTILITY, true, OCT_1))
                .isTrue();
        assertThat(Tariff.chargedBeforeSend(PricingCategory.UTILITY, false, SEPT_30))
                .isTrue();
        assertThat(Tariff.chargedBeforeSend(PricingCategory.MARKETING, true, SEPT_30))
                .isTrue();
        assertThat(Tariff.chargedBeforeSend(PricingCategory.AUTHENTICATION, true, SEPT_30))
                .isTrue();
    }

    @Test
    void metasPricingTypeDecidesAndBillableOnlyWithoutOne() {
        assertThat(Tariff.charged(true, "regular")).isTrue();
        assertThat(Tariff.charged(false, "regular"))
                .as("billable is being deprecated; type wins")
                .isTrue();
        assertThat(Tariff.charged(false, "free_customer_service")).isFalse();
        assertThat(Tariff.charged(null, "free_entry_point")).isFalse();
        assertThat(Tariff.charged(true, null)).as("CBP").isTrue();
        assertThat(Tariff.charged(false, null)).as("CBP service conversation").isFalse();
        assertThat(Tariff.charged(null, null)).isTrue();
    }

    @Test
    void marketsComeFromTheCallingCodeOrTheUserIdsCountry() {
        assertThat(Markets.of("+39 347 123 4567")).isEqualTo("IT");
        assertThat(Markets.of("4915112345678")).isEqualTo("DE");
        assertThat(Markets.of("0044 7700 900123")).isEqualTo("GB");
        assertThat(Markets.of("+16505551234")).isEqualTo("US");
        assertThat(Markets.of("+351912345678"))
                .as("three-digit code before its one-digit prefix")
                .isEqualTo("PT");
        assertThat(Markets.of("+5511987654321")).isEqualTo("BR");
        assertThat(Markets.of("919876543210")).isEqualTo("IN");
        assertThat(Markets.of("+99212345678")).isEqualTo(Markets.OTHER);
        assertThat(Markets.of("BR.1349871234")).isEqualTo("BR");
        assertThat(Markets.of(null)).isEqualTo(Markets.OTHER);
        assertThat(Markets.parse(" it ")).contains("IT");
        assertThat(Markets.parse("other")).contains("OTHER");
        assertThat(Markets.parse("ITA")).isEmpty();
    }

    @Test
    void metasCategoryNamesMapToPricingCategories() {
        assertThat(PricingCategory.fromMeta("marketing_lite")).contains(PricingCategory.MARKETING);
        assertThat(PricingCategory.fromMeta("authentication-international"))
                .contains(PricingCategory.AUTHENTICATION_INTERNATIONAL);
        assertThat(PricingCategory.fromMeta("business_initiated")).contains(PricingCategory.MARKETING);
        assertThat(PricingCategory.fromMeta("service")).contains(PricingCategory.SERVICE);
        assertThat(PricingCategory.fromMeta("UTILITY")).contains(PricingCategory.UTILITY);
        assertThat(PricingCategory.fromMeta("meta_business_agent")).isEmpty();
    }

    @Test
    void csvRowsAreCheckedOneByOne() {
        var parsed = RateCsv.parse("country,category,model,price,currency,effective_from\r\n"
                + "IT,MARKETING,PMP,0.0691,USD,2025-07-01\r\n"
                + "\r\n"
                + "IT,MARKETING,PMP,-1,USD,2025-07-01\r\n"
                + "\"DE\",\"UTILITY\",\"cbp\",\"0.0768\",\"usd\",\"2024-11-01\"\r\n"
                + "IT,MARKETING,PMP,0.1234567,USD,2025-07-01\r\n"
                + "IT,MARKETING,XYZ,0.1,USD,2025-07-01\r\n"
                + "IT,MARKETING,PMP,0.1,DOLLARS,2025-07-01\r\n");
        assertThat(parsed.rates()).hasSize(2);
        assertThat(parsed.rates().get(1).currency()).isEqualTo("USD");
        assertThat(parsed.rejected()).extracting(r -> r.line()).containsExactly(4, 6, 7, 8);
        assertThat(parsed.rejected().get(0).reason()).contains("between 0");
        assertThat(parsed.rejected().get(1).reason()).contains("6 decimals");
        assertThat(parsed.rejected().get(2).reason()).contains("CBP or PMP");
        assertThat(parsed.rejected().get(3).reason()).contains("three-letter");
    }
}

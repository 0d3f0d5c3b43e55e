package io.switchboard.billing;

import java.util.Locale;
import java.util.Optional;

/** The categories Meta prices by (reference §10). {@code SERVICE} is a pricing category only, never a template's. */
public enum PricingCategory {
    MARKETING,
    UTILITY,
    AUTHENTICATION,
    AUTHENTICATION_INTERNATIONAL,
    SERVICE;

    /**
     * Meta's category as a status webhook spells it, in any case. {@code marketing_lite} (Marketing Messages
     * API) is priced as marketing; the pre-2023 CBP names {@code business_initiated} and {@code user_initiated}
     * as marketing and service; {@code referral_conversion} (a free entry point conversation) as service.
     *
     * @return empty for a category this version does not know
     */
    public static Optional<PricingCategory> fromMeta(String category) {
        return switch (category.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "marketing", "marketing_lite", "business_initiated" -> Optional.of(MARKETING);
            case "utility" -> Optional.of(UTILITY);
            case "authentication" -> Optional.of(AUTHENTICATION);
            case "authentication_international" -> Optional.of(AUTHENTICATION_INTERNATIONAL);
            case "service", "user_initiated", "referral_conversion" -> Optional.of(SERVICE);
            default -> Optional.empty();
        };
    }
}

package io.switchboard.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a rate card: the price of one message (PMP) or conversation (CBP) of {@code category} to a
 * recipient in {@code country}, from {@code effectiveFrom} (00:00 UTC) until a later line of the same country
 * and category takes over.
 *
 * @param global a default of the installation; {@code false}: this workspace's override
 * @param country ISO 3166 alpha-2 code of the recipient's market, or {@link Markets#OTHER}
 */
public record Rate(
        UUID id,
        boolean global,
        String country,
        PricingCategory category,
        PricingModel model,
        BigDecimal price,
        String currency,
        LocalDate effectiveFrom) {}

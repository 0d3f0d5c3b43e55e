package io.switchboard.billing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One group of a cost report.
 *
 * @param month the billing month, {@code 2026-11} (UTC)
 * @param group the category, country or campaign; {@code null} for messages of no campaign
 * @param messages messages in the ledger, charged or free
 * @param charged messages with a non-zero amount
 */
public record CostLine(
        String month, @Nullable String group, long messages, long charged, BigDecimal amount, String currency) {}

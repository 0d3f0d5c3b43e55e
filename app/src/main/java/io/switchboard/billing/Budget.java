package io.switchboard.billing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's monthly budget cap and this month's spending against it.
 *
 * @param cap the cap per calendar month (UTC); {@code null}: no cap
 * @param currency the cap's currency; only ledger amounts in it count
 * @param month the current billing month, {@code 2026-11}
 * @param spent this month's ledger total in {@code currency}
 */
public record Budget(@Nullable BigDecimal cap, String currency, String month, BigDecimal spent) {}

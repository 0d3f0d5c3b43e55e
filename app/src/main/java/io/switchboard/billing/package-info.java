/**
 * What WhatsApp messages cost: rate cards (global defaults and per-workspace overrides, by market, category,
 * pricing model and effective date), the ledger of priced messages written from Meta's pricing webhooks,
 * cost estimates before a send, cost reports, and the monthly budget cap the outbound policy asks through
 * messaging's {@code spi.BudgetLookup}. Sends nothing and keeps no message bodies.
 */
@ApplicationModule(allowedDependencies = {"workspace", "contacts", "channels", "messaging", "messaging :: spi"})
@NullMarked
package io.switchboard.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

package io.switchboard.billing;

import io.switchboard.billing.internal.Prices;
import io.switchboard.billing.internal.Tariff;
import io.switchboard.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a send would cost before it goes out (a campaign's audience, an API caller's plan), from the
 * workspace's rate card in force at the time of sending and Meta's rules on what is free. Volume tiers and
 * free entry point windows are not known before sending, so an estimate is an upper bound of the list price.
 */
@Service
public class CostEstimates {
    private final Prices prices;

    CostEstimates(Prices prices) {
        this.prices = prices;
    }

    /**
     * One message of {@code category} to each recipient.
     *
     * @param recipients phone numbers (any format with the country code), WhatsApp ids, business-scoped user
     *     ids, or markets (ISO codes such as {@code IT}, or {@code OTHER}); unknown calling codes count as
     *     {@code OTHER}
     * @param serviceWindowOpen whether the recipients wrote in the last 24 hours (utility templates inside the
     *     window are free until 2026-10-01)
     */
    @Transactional(readOnly = true)
    public Estimate estimate(
            WorkspaceId workspace,
            PricingCategory category,
            List<String> recipients,
            Instant at,
            boolean serviceWindowOpen) {
        var byCountry = new TreeMap<String, Integer>();
        for (var recipient : recipients) {
            byCountry.merge(market(recipient), 1, Integer::sum);
        }
        var charged = Tariff.chargedBeforeSend(category, serviceWindowOpen, at);
        var lines = new ArrayList<Estimate.MarketCost>();
        String currency = null;
        var total = BigDecimal.ZERO;
        for (var entry : byCountry.entrySet()) {
            var rate = prices.rate(workspace, entry.getKey(), category, at).orElse(null);
            var unit = rate == null ? null : charged ? rate.price() : BigDecimal.ZERO;
            var amount = unit == null ? BigDecimal.ZERO : unit.multiply(BigDecimal.valueOf(entry.getValue()));
            if (rate != null && currency == null) {
                currency = rate.currency();
            }
            if (rate != null && rate.currency().equals(currency)) {
                total = total.add(amount);
            }
            lines.add(new Estimate.MarketCost(
                    entry.getKey(), entry.getValue(), charged, unit, rate == null ? null : rate.currency(), amount));
        }
        return new Estimate(category, at, total, currency == null ? "USD" : currency, lines);
    }

    private static String market(String recipient) {
        if (recipient.chars().noneMatch(Character::isDigit)) {
            return Markets.parse(recipient).orElse(Markets.OTHER);
        }
        return Markets.of(recipient);
    }
}

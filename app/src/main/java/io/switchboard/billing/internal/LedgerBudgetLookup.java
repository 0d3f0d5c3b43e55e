package io.switchboard.billing.internal;

import io.switchboard.billing.PricingCategory;
import io.switchboard.messaging.spi.BudgetLookup;
import io.switchboard.workspace.WorkspaceId;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The outbound policy's budget check: this month's ledger total plus the price of the message must stay
 * within the workspace's cap. Service messages are always allowed: a customer waiting for an answer is never
 * left without one because marketing spent the budget. The ledger is written from Meta's status webhooks, so
 * messages queued but not yet priced by Meta do not count yet.
 */
@Component
class LedgerBudgetLookup implements BudgetLookup {
    private final BudgetStore budgets;
    private final LedgerStore ledger;
    private final Prices prices;
    private final RecipientMarkets recipients;

    LedgerBudgetLookup(BudgetStore budgets, LedgerStore ledger, Prices prices, RecipientMarkets recipients) {
        this.budgets = budgets;
        this.ledger = ledger;
        this.prices = prices;
        this.recipients = recipients;
    }

    @Override
    public boolean withinBudget(WorkspaceId workspace, Send send) {
        var category = PricingCategory.fromMeta(send.category()).orElse(PricingCategory.MARKETING);
        if (category == PricingCategory.SERVICE) {
            return true;
        }
        var cap = budgets.find(workspace).orElse(null);
        if (cap == null || !Tariff.chargedBeforeSend(category, send.serviceWindowOpen(), send.at())) {
            return true;
        }
        var country = recipients.country(workspace, send.contact());
        var price = prices.rate(workspace, country, category, send.at())
                .filter(rate -> rate.currency().equals(cap.currency()))
                .map(rate -> rate.price())
                .orElse(BigDecimal.ZERO);
        var spent = ledger.spent(workspace, Tariff.month(send.at()), cap.currency());
        return spent.add(price).compareTo(cap.amount()) <= 0;
    }
}

package io.switchboard.billing;

import io.switchboard.billing.internal.BudgetStore;
import io.switchboard.billing.internal.LedgerStore;
import io.switchboard.billing.internal.RateCsv;
import io.switchboard.billing.internal.Tariff;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly budget cap of a workspace. The outbound policy refuses a charged message (BUDGET_EXCEEDED) when
 * this month's ledger total plus the message's price would pass the cap; service replies are never refused.
 */
@Service
public class Budgets {
    private static final BigDecimal MAX = new BigDecimal("10000000000");
    private final BudgetStore budgets;
    private final LedgerStore ledger;
    private final Clock clock;

    Budgets(BudgetStore budgets, LedgerStore ledger, Clock clock) {
        this.budgets = budgets;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The cap (if any) and this month's spending in its currency (USD without a cap). */
    @Transactional(readOnly = true)
    public Budget get(WorkspaceId workspace) {
        var month = Tariff.month(clock.instant());
        var cap = budgets.find(workspace).orElse(null);
        var currency = cap == null ? "USD" : cap.currency();
        return new Budget(cap == null ? null : cap.amount(), currency, month, ledger.spent(workspace, month, currency));
    }

    /**
     * Sets the cap from now on; it applies to the current month's spending too.
     *
     * @throws BillingException FORBIDDEN for an agent, INVALID for a negative amount or a bad currency
     */
    @Transactional
    public Budget set(SwitchboardPrincipal by, BigDecimal amount, String currency) {
        Access.manager(by);
        if (amount.signum() < 0
                || amount.compareTo(MAX) >= 0
                || amount.stripTrailingZeros().scale() > 4) {
            throw BillingException.invalid(
                    "amount", "The cap must be between 0 and 9999999999 with at most 4 decimals.");
        }
        String code;
        try {
            code = RateCsv.currency(currency);
        } catch (IllegalArgumentException e) {
            throw BillingException.invalid("currency", e.getMessage());
        }
        budgets.put(by.workspaceId(), new BudgetStore.Cap(amount, code), clock.instant());
        return get(by.workspaceId());
    }

    /**
     * Removes the cap.
     *
     * @throws BillingException FORBIDDEN for an agent
     */
    @Transactional
    public Budget clear(SwitchboardPrincipal by) {
        Access.manager(by);
        budgets.delete(by.workspaceId());
        return get(by.workspaceId());
    }
}

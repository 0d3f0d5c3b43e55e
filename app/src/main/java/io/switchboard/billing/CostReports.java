package io.switchboard.billing;

import io.switchboard.billing.internal.LedgerStore;
import io.switchboard.workspace.WorkspaceId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a workspace's messages cost, from the ledger, per month and category, country or campaign. */
@Service
public class CostReports {
    private final LedgerStore ledger;

    CostReports(LedgerStore ledger) {
        this.ledger = ledger;
    }

    /**
     * Messages sent from {@code from} (inclusive) to {@code to} (exclusive), UTC days, grouped per billing
     * month and {@code grouping}; one line per currency of a group.
     *
     * @throws BillingException INVALID if {@code to} is not after {@code from}
     */
    @Transactional(readOnly = true)
    public List<CostLine> costs(WorkspaceId workspace, LocalDate from, LocalDate to, CostGrouping grouping) {
        if (!to.isAfter(from)) {
            throw BillingException.invalid("to", "The end of the period must be after its start.");
        }
        return ledger.costs(
                workspace,
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.atStartOfDay(ZoneOffset.UTC).toInstant(),
                grouping);
    }
}

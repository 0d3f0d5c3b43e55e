package io.switchboard.billing;

/** How a cost report groups the ledger within each month. */
public enum CostGrouping {
    CATEGORY,
    COUNTRY,
    /** The campaign (or flow run) of the send; messages without one form the group {@code null}. */
    CAMPAIGN
}

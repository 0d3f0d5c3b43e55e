package io.switchboard.billing;

import java.util.List;

/**
 * The outcome of a CSV import: good rows are kept even when others are rejected (invariant 6).
 *
 * @param accepted rows stored (added or replacing a line of the same country, category and date)
 */
public record RateImport(int accepted, List<RejectedRow> rejected) {

    /** A row that was not stored: its line number in the file (1 = the first line), the text and why. */
    public record RejectedRow(int line, String content, String reason) {}
}

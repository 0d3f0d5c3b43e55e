package io.switchboard.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A CSV import job.
 *
 * @param columns the file's header
 * @param mapping column → field ({@code displayName}, {@code phone}, {@code email}, {@code tags},
 *     {@code properties.<key>}); empty until the job is started
 * @param defaultCountry the calling code for phone numbers written without country code ({@code 39})
 * @param totalRows data rows in the file (without the header)
 * @param createdRows rows that made a new contact
 * @param updatedRows rows whose phone or e-mail matched an existing contact, which was updated
 * @param errorRows rows refused; each is in the error report with its line and reason
 */
public record ContactImport(
        UUID id,
        String fileName,
        ImportStatus status,
        List<String> columns,
        Map<String, String> mapping,
        @Nullable String defaultCountry,
        int totalRows,
        int processedRows,
        int createdRows,
        int updatedRows,
        int errorRows,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    /** Processed share, 0 to 100. */
    public int percent() {
        return totalRows == 0 ? 100 : (int) (100L * processedRows / totalRows);
    }
}

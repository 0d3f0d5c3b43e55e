package io.switchboard.compliance.web;

import io.switchboard.compliance.ConsentEntry;
import java.util.List;
import java.util.stream.Collectors;

/** The ledger export's CSV lines (RFC 4180 quoting). */
final class ConsentCsv {
    static final String HEADER =
            "id,contact_id,channel_id,purpose,state,source,proof,actor,occurred_at,recorded_at\r\n";

    private ConsentCsv() {}

    static String line(ConsentEntry e) {
        return List.of(
                                e.id().toString(),
                                e.contactId().value().toString(),
                                e.channelId() == null
                                        ? ""
                                        : e.channelId().value().toString(),
                                e.purpose().name(),
                                e.state().name(),
                                e.source().name(),
                                e.proof(),
                                e.actor(),
                                e.occurredAt().toString(),
                                e.recordedAt().toString())
                        .stream()
                        .map(ConsentCsv::cell)
                        .collect(Collectors.joining(","))
                + "\r\n";
    }

    static String cell(String value) {
        // Proofs are customers' words: "=HYPERLINK(…)" must stay text when the file is opened in a spreadsheet.
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}

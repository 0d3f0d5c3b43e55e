package io.switchboard.contacts.internal;

import io.switchboard.contacts.ContactImport;
import io.switchboard.contacts.ImportStatus;
import io.switchboard.contacts.PropertyDefinition;
import io.switchboard.workspace.WorkspaceId;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a queued import in batches, each batch with its progress in one transaction: the page sees progress
 * as it goes, and a run cut short by a restart (the event registry resubmits it) resumes after the last
 * committed batch instead of importing rows twice.
 */
@Component
class ImportRunner {
    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private final ImportStore imports;
    private final ImportWriter writer;
    private final PropertyStore properties;
    private final TransactionTemplate batchTransaction;
    private final Clock clock;

    ImportRunner(
            ImportStore imports,
            ImportWriter writer,
            PropertyStore properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.imports = imports;
        this.writer = writer;
        this.properties = properties;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ImportRequested event) {
        var workspace = event.workspaceId();
        var job = imports.get(workspace, event.importId()).orElse(null);
        if (job == null || !job.status().active()) {
            return;
        }
        status(workspace, job, ImportStatus.RUNNING);
        try {
            run(workspace, job);
            status(workspace, job, ImportStatus.DONE);
        } catch (RuntimeException e) {
            log.error("Contact import {} failed", job.id(), e);
            status(workspace, job, ImportStatus.FAILED);
        }
    }

    // Every write commits on its own: the listener's transaction must hold no lock on the job row that a
    // batch's progress update would wait for.
    private void status(WorkspaceId workspace, ContactImport job, ImportStatus status) {
        var finished = status.active() ? null : clock.instant();
        batchTransaction.executeWithoutResult(tx -> imports.status(workspace, job.id(), status, finished));
    }

    private void run(WorkspaceId workspace, ContactImport job) {
        var mapping = mapping(workspace, job);
        var csv = new CsvReader(new StringReader(imports.content(workspace, job.id())));
        csv.header();
        // Identities seen earlier in this file, with their line: a second row with one of them is a duplicate.
        // After a resume the rows of committed batches are in the database instead, so a later repeat of
        // one of them updates that contact rather than being refused.
        var seen = new HashMap<String, Integer>();
        var rows = new ArrayList<ImportRow>(BATCH);
        var done = 0;
        List<String> cells;
        while ((cells = csv.next()) != null) {
            done++;
            if (done <= job.processedRows()) {
                continue;
            }
            rows.add(deduplicated(ImportRow.read(csv.line(), cells, mapping), seen));
            if (rows.size() == BATCH) {
                commit(workspace, job, rows, done);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            commit(workspace, job, rows, done);
        }
    }

    private void commit(WorkspaceId workspace, ContactImport job, List<ImportRow> rows, int processed) {
        batchTransaction.executeWithoutResult(status -> {
            var outcome = writer.write(workspace, rows, clock.instant());
            imports.progress(workspace, job.id(), processed, outcome.created(), outcome.updated(), outcome.errors());
        });
        if (processed % (BATCH * 10) == 0 || processed == job.totalRows()) {
            log.info("Contact import {}: {} of {} rows", job.id(), processed, job.totalRows());
        }
    }

    private static ImportRow deduplicated(ImportRow row, Map<String, Integer> seen) {
        if (row.error() != null) {
            return row;
        }
        for (var identity : new String[] {row.phone(), row.email()}) {
            if (identity != null) {
                var first = seen.putIfAbsent(identity, row.line());
                if (first != null) {
                    return row.refused("Duplicate of line " + first + " (" + identity + ").");
                }
            }
        }
        return row;
    }

    private ImportRow.Mapping mapping(WorkspaceId workspace, ContactImport job) {
        var byKey = new HashMap<String, PropertyDefinition>();
        properties.list(workspace).forEach(d -> byKey.put("properties." + d.key(), d));
        var fields = new HashMap<Integer, String>();
        for (var i = 0; i < job.columns().size(); i++) {
            var target = job.mapping().get(job.columns().get(i));
            if (target != null && !target.isBlank()) {
                fields.put(i, target);
            }
        }
        return new ImportRow.Mapping(fields, byKey, job.defaultCountry());
    }
}

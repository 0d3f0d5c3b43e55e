package io.switchboard.contacts.internal;

import static io.switchboard.contacts.internal.ContactStore.ts;

import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactTags;
import io.switchboard.contacts.TagId;
import io.switchboard.workspace.WorkspaceId;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes one batch of checked import rows in the caller's transaction: a row whose phone or e-mail
 * belongs to a contact updates it; the others become new contacts, written with multi-row inserts
 * (one statement per table per batch, so 100,000 rows take seconds, not minutes).
 */
@Repository
class ImportWriter {
    /** What a batch did. */
    record Outcome(int created, int updated, List<ImportStore.ErrorRow> errors) {}

    // One correlated lookup per identity: equality on every column of contacts_identity_uk makes both
    // engines use that index (one row each). An "identity_value in (…)" list let PostgreSQL, with the stale
    // statistics of a table an import is filling, pick the workspace index and read every row of the
    // workspace per batch: the import slowed down with each batch.
    static final String OWNERS = """
            select v.k, v.val, (select i.contact_id from contacts_identity i
                                 where i.workspace_id = :workspace and i.kind = v.k and i.identity_value = v.val) as owner
              from (values :pairs) as v(k, val)""";
    static final String INSERT_CONTACTS =
            "insert into contacts_contact (id, workspace_id, display_name, created_at, updated_at) values :rows";
    static final String INSERT_IDENTITIES = """
            insert into contacts_identity (id, workspace_id, contact_id, kind, identity_value, created_at) values :rows""";
    static final String INSERT_VALUES =
            "insert into contacts_property_value (workspace_id, contact_id, property_id, item) values :rows";
    static final String INSERT_TAGS =
            "insert into contacts_contact_tag (workspace_id, contact_id, tag_id) values :rows";

    private final JdbcClient jdbc;
    private final ContactEdits edits;
    private final PropertyStore properties;
    private final TagStore tagStore;
    private final ContactTags tags;

    ImportWriter(JdbcClient jdbc, ContactEdits edits, PropertyStore properties, TagStore tagStore, ContactTags tags) {
        this.jdbc = jdbc;
        this.edits = edits;
        this.properties = properties;
        this.tagStore = tagStore;
        this.tags = tags;
    }

    Outcome write(WorkspaceId workspace, List<ImportRow> rows, Instant at) {
        var errors = new ArrayList<ImportStore.ErrorRow>();
        var valid = new ArrayList<ImportRow>();
        for (var row : rows) {
            if (row.error() != null) {
                errors.add(new ImportStore.ErrorRow(row.line(), row.error(), row.raw()));
            } else {
                valid.add(row);
            }
        }
        var owners = owners(workspace, valid);
        var tagIds = tagIds(workspace, valid);
        var fresh = new Fresh();
        var updated = 0;
        for (var row : valid) {
            var byPhone = row.phone() == null ? null : owners.get("PHONE:" + row.phone());
            var byEmail = row.email() == null ? null : owners.get("EMAIL:" + row.email());
            if (byPhone != null && byEmail != null && !byPhone.equals(byEmail)) {
                errors.add(new ImportStore.ErrorRow(
                        row.line(),
                        "The phone number and the e-mail address belong to two different contacts.",
                        row.raw()));
            } else if (byPhone != null || byEmail != null) {
                update(
                        workspace,
                        new ContactId(byPhone != null ? byPhone : byEmail),
                        row,
                        byPhone,
                        byEmail,
                        tagIds,
                        at);
                updated++;
            } else {
                fresh.add(workspace, row, tagIds, at);
            }
        }
        fresh.flush(jdbc);
        return new Outcome(fresh.count, updated, errors);
    }

    private void update(
            WorkspaceId workspace,
            ContactId id,
            ImportRow row,
            @Nullable UUID byPhone,
            @Nullable UUID byEmail,
            Map<String, TagId> tagIds,
            Instant at) {
        if (row.displayName() != null) {
            edits.rename(workspace, id, row.displayName(), at);
        }
        if (row.phone() != null && byPhone == null) {
            edits.replace(workspace, id, IdentityKind.PHONE, row.phone(), at);
        }
        if (row.email() != null && byEmail == null) {
            edits.replace(workspace, id, IdentityKind.EMAIL, row.email(), at);
        }
        row.values().forEach((property, items) -> properties.set(workspace, id, property, items));
        row.tags().forEach(tag -> tagStore.attach(workspace, id, tagIds.get(key(tag))));
        edits.updated(workspace, id, at);
    }

    /** "PHONE:+39…" / "EMAIL:…" → the contact that has it, for every identity in the batch. */
    private Map<String, UUID> owners(WorkspaceId workspace, List<ImportRow> rows) {
        var pairs = new ArrayList<Object[]>();
        for (var row : rows) {
            if (row.phone() != null) {
                pairs.add(new Object[] {IdentityKind.PHONE.name(), row.phone()});
            }
            if (row.email() != null) {
                pairs.add(new Object[] {IdentityKind.EMAIL.name(), row.email()});
            }
        }
        var out = new HashMap<String, UUID>();
        for (var from = 0; from < pairs.size(); from += Fresh.CHUNK) {
            jdbc.sql(OWNERS)
                    .param("workspace", workspace.value())
                    .param("pairs", pairs.subList(from, Math.min(pairs.size(), from + Fresh.CHUNK)))
                    .query(rs -> {
                        var owner = rs.getObject("owner", UUID.class);
                        if (owner != null) {
                            out.put(rs.getString("k") + ":" + rs.getString("val"), owner);
                        }
                    });
        }
        return out;
    }

    private Map<String, TagId> tagIds(WorkspaceId workspace, List<ImportRow> rows) {
        var out = new HashMap<String, TagId>();
        for (var row : rows) {
            for (var name : row.tags()) {
                out.computeIfAbsent(
                        key(name), k -> tags.findOrCreate(workspace, name).id());
            }
        }
        return out;
    }

    private static String key(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * New contacts of one batch, gathered per table and written as multi-row inserts ({@code values :rows}
     * expands to one tuple per row): one statement per table and chunk instead of one per row.
     */
    private static final class Fresh {
        // PostgreSQL takes at most 65,535 parameters per statement; 6 columns × 5,000 rows stays well below.
        static final int CHUNK = 5000;
        final List<Object[]> contacts = new ArrayList<>();
        final List<Object[]> identities = new ArrayList<>();
        final List<Object[]> values = new ArrayList<>();
        final List<Object[]> links = new ArrayList<>();
        int count;

        void add(WorkspaceId workspace, ImportRow row, Map<String, TagId> tagIds, Instant at) {
            var id = UUID.randomUUID();
            var ws = workspace.value();
            var when = ts(at);
            contacts.add(new Object[] {id, ws, new SqlParameterValue(Types.VARCHAR, row.displayName()), when, when});
            if (row.phone() != null) {
                identities.add(new Object[] {UUID.randomUUID(), ws, id, IdentityKind.PHONE.name(), row.phone(), when});
            }
            if (row.email() != null) {
                identities.add(new Object[] {UUID.randomUUID(), ws, id, IdentityKind.EMAIL.name(), row.email(), when});
            }
            row.values()
                    .forEach((property, items) ->
                            items.forEach(item -> values.add(new Object[] {ws, id, property, item})));
            row.tags()
                    .forEach(tag ->
                            links.add(new Object[] {ws, id, tagIds.get(key(tag)).value()}));
            count++;
        }

        void flush(JdbcClient jdbc) {
            run(jdbc, INSERT_CONTACTS, contacts);
            run(jdbc, INSERT_IDENTITIES, identities);
            run(jdbc, INSERT_VALUES, values);
            run(jdbc, INSERT_TAGS, links);
        }

        private static void run(JdbcClient jdbc, String sql, List<Object[]> rows) {
            for (var from = 0; from < rows.size(); from += CHUNK) {
                jdbc.sql(sql)
                        .param("rows", rows.subList(from, Math.min(rows.size(), from + CHUNK)))
                        .update();
            }
        }
    }
}

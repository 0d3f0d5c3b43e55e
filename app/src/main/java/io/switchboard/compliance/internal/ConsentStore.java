package io.switchboard.compliance.internal;

import static io.switchboard.compliance.internal.Db.instant;
import static io.switchboard.compliance.internal.Db.ts;

import io.switchboard.channels.ChannelId;
import io.switchboard.compliance.ConsentEntry;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.ConsentState;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code compliance_consent_event} (the ledger, insert only) and {@code compliance_consent_current}. */
@Repository
public class ConsentStore {
    static final String COLUMNS = """
            id, contact_id, channel_id, purpose, state, source, proof, actor, occurred_at, recorded_at""";
    // on conflict do nothing: the dedupe key makes a redelivered event's second row a no-op.
    static final String INSERT = """
            insert into compliance_consent_event (id, workspace_id, contact_id, channel_id, purpose, state, source,
                   proof, actor, occurred_at, recorded_at, dedupe_key)
            values (:id, :workspace, :contact, :channel, :purpose, :state, :source, :proof, :actor, :occurred,
                   :recorded, :dedupe)
            on conflict do nothing""";
    static final String BY_DEDUPE_KEY = "select " + COLUMNS + " " + """
             from compliance_consent_event where workspace_id = :workspace and dedupe_key = :dedupe""";
    static final String INSERT_CURRENT = """
            insert into compliance_consent_current (workspace_id, contact_id, purpose, state, event_id, occurred_at)
            values (:workspace, :contact, :purpose, :state, :event, :occurred)
            on conflict do nothing""";
    // The latest row wins, with one exception on the safe side (invariant 3): a grant older than the current
    // row (a CSV of old sign-ups, a webhook delivered late) is kept in the ledger but does not revive
    // marketing after a newer withdrawal. A withdrawal always takes effect: Meta's timestamps have whole
    // seconds, so a STOP may carry a time before a grant recorded in the same second.
    static final String WITHDRAW_CURRENT = """
            update compliance_consent_current set state = :state, event_id = :event, occurred_at = :occurred
             where workspace_id = :workspace and contact_id = :contact and purpose = :purpose""";
    static final String GRANT_CURRENT = WITHDRAW_CURRENT + " and occurred_at <= :occurred";
    static final String CURRENT = "select " + COLUMNS + " " + """
             from compliance_consent_event e
             where e.workspace_id = :workspace and e.id = (select c.event_id from compliance_consent_current c
                    where c.workspace_id = :workspace and c.contact_id = :contact and c.purpose = :purpose)""";
    static final String CURRENT_STATE = """
            select state from compliance_consent_current
             where workspace_id = :workspace and contact_id = :contact and purpose = :purpose""";
    static final String HISTORY = "select " + COLUMNS + " " + """
             from compliance_consent_event where workspace_id = :workspace and contact_id = :contact
             order by occurred_at desc, recorded_at desc, id desc""";
    static final String EXPORT = "select " + COLUMNS + " " + """
             from compliance_consent_event where workspace_id = :workspace order by recorded_at, id""";

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the row; false if its dedupe key was recorded before (nothing changed). */
    public boolean append(WorkspaceId workspace, ConsentEntry e, @Nullable String dedupeKey) {
        var inserted = jdbc.sql(INSERT)
                        .param("id", e.id())
                        .param("workspace", workspace.value())
                        .param("contact", e.contactId().value())
                        .param(
                                "channel",
                                e.channelId() == null ? null : e.channelId().value())
                        .param("purpose", e.purpose().name())
                        .param("state", e.state().name())
                        .param("source", e.source().name())
                        .param("proof", e.proof())
                        .param("actor", e.actor())
                        .param("occurred", ts(e.occurredAt()))
                        .param("recorded", ts(e.recordedAt()))
                        .param("dedupe", dedupeKey)
                        .update()
                == 1;
        if (inserted) {
            advance(workspace, e);
        }
        return inserted;
    }

    private void advance(WorkspaceId workspace, ConsentEntry e) {
        var created = jdbc.sql(INSERT_CURRENT)
                .param("workspace", workspace.value())
                .param("contact", e.contactId().value())
                .param("purpose", e.purpose().name())
                .param("state", e.state().name())
                .param("event", e.id())
                .param("occurred", ts(e.occurredAt()))
                .update();
        if (created == 0) {
            jdbc.sql(e.state() == ConsentState.WITHDRAWN ? WITHDRAW_CURRENT : GRANT_CURRENT)
                    .param("workspace", workspace.value())
                    .param("contact", e.contactId().value())
                    .param("purpose", e.purpose().name())
                    .param("state", e.state().name())
                    .param("event", e.id())
                    .param("occurred", ts(e.occurredAt()))
                    .update();
        }
    }

    public Optional<ConsentEntry> byDedupeKey(WorkspaceId workspace, String dedupeKey) {
        return jdbc.sql(BY_DEDUPE_KEY)
                .param("workspace", workspace.value())
                .param("dedupe", dedupeKey)
                .query(ConsentStore::row)
                .optional();
    }

    public Optional<ConsentEntry> current(WorkspaceId workspace, ContactId contact, ConsentPurpose purpose) {
        return jdbc.sql(CURRENT)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("purpose", purpose.name())
                .query(ConsentStore::row)
                .optional();
    }

    /** The current state alone, from the one-row lookup table (the outbound policy's hot path). */
    public Optional<ConsentState> currentState(WorkspaceId workspace, ContactId contact, ConsentPurpose purpose) {
        return jdbc.sql(CURRENT_STATE)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .param("purpose", purpose.name())
                .query((rs, n) -> ConsentState.valueOf(rs.getString(1)))
                .optional();
    }

    public List<ConsentEntry> history(WorkspaceId workspace, ContactId contact) {
        return jdbc.sql(HISTORY)
                .param("workspace", workspace.value())
                .param("contact", contact.value())
                .query(ConsentStore::row)
                .list();
    }

    /** Every row of the workspace, oldest recorded first, read as a stream (no list of the whole ledger). */
    public void export(WorkspaceId workspace, Consumer<ConsentEntry> sink) {
        try (Stream<ConsentEntry> rows = jdbc
                .sql(EXPORT)
                .withFetchSize(500)
                .param("workspace", workspace.value())
                .query(ConsentStore::row)
                .stream()) {
            rows.forEach(sink);
        }
    }

    private static ConsentEntry row(ResultSet rs, int n) throws SQLException {
        var channel = rs.getObject("channel_id", UUID.class);
        return new ConsentEntry(
                rs.getObject("id", UUID.class),
                new ContactId(rs.getObject("contact_id", UUID.class)),
                channel == null ? null : new ChannelId(channel),
                ConsentPurpose.valueOf(rs.getString("purpose")),
                ConsentState.valueOf(rs.getString("state")),
                ConsentSource.valueOf(rs.getString("source")),
                rs.getString("proof"),
                rs.getString("actor"),
                instant(rs, "occurred_at"),
                instant(rs, "recorded_at"));
    }
}

package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.campaigns.SendWindow;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.SegmentId;
import io.switchboard.contacts.SegmentManagement;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a segment's members into a launched campaign: chunks of member ids in id order, each chunk added as
 * recipients in one transaction with the cursor ({@code prepared_after}), so a restart resumes after the last
 * chunk and never holds 100,000 ids at once. Each chunk reads the segment as it is then: the snapshot is taken
 * over the seconds preparation lasts, and a contact who joins behind the cursor meanwhile is not added. Each
 * recipient gets the instant its send window next opens in its zone ({@link ContactZones}).
 */
@Component
class SegmentRecipients {
    private static final Logger log = LoggerFactory.getLogger(SegmentRecipients.class);
    private static final int CHUNK = 1_000;
    static final String CURSOR = "select prepared_after from campaigns_campaign where workspace_id = :ws and id = :id";
    static final String ADVANCE = """
            update campaigns_campaign set prepared_after = :after, prepared = :done, updated_at = :at
             where workspace_id = :ws and id = :id""";

    private final CampaignStore store;
    private final SegmentManagement segments;
    private final ContactZones zones;
    private final JdbcClient jdbc;
    private final TransactionTemplate batch;
    private final Clock clock;

    SegmentRecipients(
            CampaignStore store,
            SegmentManagement segments,
            ContactZones zones,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.segments = segments;
        this.zones = zones;
        this.jdbc = jdbc;
        this.batch = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Adds the next chunks until done or {@code until}; a segment deleted (or naming a deleted tag or campaign)
     * since the campaign was made pauses the campaign with the reason.
     *
     * @return whether all members are recipients now
     */
    boolean prepare(WorkspaceId ws, CampaignId id, SegmentId segment, @Nullable SendWindow window, Instant until) {
        try {
            while (clock.instant().isBefore(until)) {
                var done = batch.execute(s -> {
                    var after = cursor(ws, id);
                    var ids = segments.memberIds(ws, segment, after, CHUNK);
                    var now = clock.instant();
                    store.addRecipients(ws, id, zones.slots(ws, window, ids, now), now);
                    var last = ids.isEmpty() ? after : ids.getLast();
                    advance(ws, id, last, ids.size() < CHUNK);
                    return ids.size() < CHUNK;
                });
                if (Boolean.TRUE.equals(done)) {
                    return true;
                }
            }
            return false;
        } catch (ContactException e) {
            log.info("Campaign {} cannot read its segment: {}", id, e.getMessage());
            var why = "The audience's segment cannot be read: " + e.getMessage();
            batch.executeWithoutResult(s -> store.setStatus(ws, id, CampaignStatus.PAUSED, why, clock.instant()));
            return false;
        }
    }

    private @Nullable ContactId cursor(WorkspaceId ws, CampaignId id) {
        return jdbc.sql(CURSOR)
                .param("ws", ws.value())
                .param("id", id.value())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .optional()
                .map(ContactId::new)
                .orElse(null);
    }

    private void advance(WorkspaceId ws, CampaignId id, @Nullable ContactId after, boolean done) {
        jdbc.sql(ADVANCE)
                .param("after", after == null ? null : after.value())
                .param("done", done)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("ws", ws.value())
                .param("id", id.value())
                .update();
    }
}

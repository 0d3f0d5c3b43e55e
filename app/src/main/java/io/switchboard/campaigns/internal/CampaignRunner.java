package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.messaging.OutboundMessaging;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the recipients of running campaigns to messaging, a batch per transaction: the recipients' state,
 * their message rows and outbox rows commit together, so a crash loses or repeats nothing, and the
 * idempotency key per campaign and contact answers DUPLICATE to anything asked twice.
 *
 * <p>A refusal that concerns the whole campaign (number RED or disabled, template paused or not approved,
 * budget reached) pauses it with the policy's explanation instead of skipping every recipient; the
 * messaging limit holds it (it stays RUNNING and retries each pass, so a higher tier continues it at once).
 * Messaging does not store such a refusal (it ends the batch there), so it leaves no trace.
 *
 * <p>On PostgreSQL several batches of a campaign are handed over at once ({@code
 * switchboard.campaigns.handoff-concurrency}, 0 = 4 there and 1 on H2, whose {@code SKIP LOCKED} does not let
 * concurrent claims pass): each round trip to the database waits, and the batches' claims skip each other's rows.
 * They share a lock on the campaign row, so a pause or cancel waits for the batches in progress, as before.
 */
@Component
class CampaignRunner {
    private static final Logger log = LoggerFactory.getLogger(CampaignRunner.class);
    private static final int RESLOT_CHUNK = 1000;
    private static final Set<ReasonCode> CAMPAIGN_WIDE = EnumSet.of(
            ReasonCode.NUMBER_QUALITY_RED,
            ReasonCode.NUMBER_DISABLED,
            ReasonCode.TEMPLATE_PAUSED,
            ReasonCode.TEMPLATE_NOT_APPROVED,
            ReasonCode.BUDGET_EXCEEDED);
    /** Refusals that stop the hand-off: the campaign-wide ones, and the messaging limit, which holds it. */
    private static final Set<ReasonCode> STOPS = EnumSet.of(
            ReasonCode.NUMBER_QUALITY_RED,
            ReasonCode.NUMBER_DISABLED,
            ReasonCode.TEMPLATE_PAUSED,
            ReasonCode.TEMPLATE_NOT_APPROVED,
            ReasonCode.BUDGET_EXCEEDED,
            ReasonCode.MESSAGING_LIMIT_REACHED);

    private static final int PREPARE_CHUNK = 500;

    private record Outcome(
            int handed, @Nullable ReasonCode stop, @Nullable String explanation) {}

    private final CampaignStore store;
    private final Recipients recipients;
    private final SegmentRecipients segmentRecipients;
    private final ContactZones zones;
    private final OutboundMessaging outbound;
    private final TransactionTemplate batch;
    private final TransactionTemplate alone;
    private final Clock clock;
    private final int batchSize;
    private final Duration slice;
    private final int workers;
    private final boolean shared;

    CampaignRunner(
            CampaignStore store,
            Recipients recipients,
            SegmentRecipients segmentRecipients,
            ContactZones zones,
            OutboundMessaging outbound,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${switchboard.campaigns.batch-size:100}") int batchSize,
            @Value("${switchboard.campaigns.slice:2s}") Duration slice,
            @Value("${switchboard.campaigns.handoff-concurrency:0}") int handoffConcurrency,
            DataSource dataSource) {
        this.store = store;
        this.recipients = recipients;
        this.segmentRecipients = segmentRecipients;
        this.zones = zones;
        this.outbound = outbound;
        this.batch = new TransactionTemplate(transactions);
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.batchSize = batchSize;
        this.slice = slice;
        this.shared = postgres(dataSource);
        this.workers = handoffConcurrency > 0 ? handoffConcurrency : shared ? 4 : 1;
    }

    private static boolean postgres(DataSource dataSource) {
        try {
            return "PostgreSQL"
                    .equalsIgnoreCase(JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName()));
        } catch (MetaDataAccessException e) {
            return false;
        }
    }

    @Scheduled(fixedDelayString = "${switchboard.campaigns.runner-delay:1s}")
    void run() {
        var active = batch.execute(s -> store.active(clock.instant()));
        for (var row : active == null ? java.util.List.<CampaignStore.Row>of() : active) {
            try {
                runOne(row);
            } catch (RuntimeException e) {
                log.warn("Campaign {} stopped this pass: {}", row.campaign().id(), e.toString());
            }
        }
    }

    private void runOne(CampaignStore.Row row) {
        var ws = row.workspaceId();
        var id = row.campaign().id();
        if (row.campaign().status() == CampaignStatus.SCHEDULED) {
            batch.executeWithoutResult(s -> store.setStatus(ws, id, CampaignStatus.RUNNING, null, clock.instant()));
        }
        var until = clock.instant().plus(slice);
        if (!row.prepared() && !prepare(row, until)) {
            return;
        }
        var window = row.campaign().sendWindow();
        if (window != null) {
            // Those whose window closed before their turn wait for its next opening instead of going out late.
            Integer moved;
            do {
                moved = batch.execute(s -> store.reslot(ws, id, window, RESLOT_CHUNK));
            } while (moved != null && moved == RESLOT_CHUNK && clock.instant().isBefore(until));
        }
        var held = row.campaign().pauseReason() != null;
        while (clock.instant().isBefore(until)) {
            var outcome = handOff(row);
            if (held && outcome.handed() > 0 && outcome.stop() == null) {
                // The hold (messaging limit) is over once a recipient went through again. Not inside the
                // batches: they share the campaign row's lock, and two of them updating it would deadlock.
                held = false;
                batch.executeWithoutResult(s -> {
                    var current = store.lock(ws, id).orElseThrow().campaign();
                    if (current.status() == CampaignStatus.RUNNING && current.pauseReason() != null) {
                        store.setStatus(ws, id, CampaignStatus.RUNNING, null, clock.instant());
                    }
                });
            }
            if (outcome.stop() == ReasonCode.MESSAGING_LIMIT_REACHED) {
                var why = outcome.explanation();
                batch.executeWithoutResult(s -> store.setStatus(ws, id, CampaignStatus.RUNNING, why, clock.instant()));
                return;
            }
            if (outcome.stop() != null) {
                var why = outcome.explanation();
                batch.executeWithoutResult(s -> {
                    var current = store.lock(ws, id).orElseThrow().campaign();
                    if (current.status() == CampaignStatus.RUNNING) {
                        store.setStatus(ws, id, CampaignStatus.PAUSED, why, clock.instant());
                    }
                });
                return;
            }
            if (outcome.handed() == 0) {
                batch.executeWithoutResult(s -> {
                    var current = store.lock(ws, id).orElseThrow().campaign();
                    if (current.status() == CampaignStatus.RUNNING && !store.hasPending(ws, id)) {
                        store.setStatus(ws, id, CampaignStatus.COMPLETED, null, clock.instant());
                    }
                });
                return;
            }
        }
    }

    /**
     * Turns the next chunks of the audience into recipients, one transaction per chunk (creating contacts
     * for new numbers); safe to repeat after a crash, as both steps are idempotent.
     *
     * @return whether the whole audience is prepared
     */
    private boolean prepare(CampaignStore.Row row, java.time.Instant until) {
        var ws = row.workspaceId();
        var id = row.campaign().id();
        var audience = io.switchboard.campaigns.Audience.fromJson(row.audienceJson());
        var size = audience.size();
        var upto = row.preparedUpto();
        while (upto < size && clock.instant().isBefore(until)) {
            var from = upto;
            var to = Math.min(size, from + PREPARE_CHUNK);
            batch.executeWithoutResult(s -> {
                var contacts = recipients.chunk(ws, audience, from, to);
                var now = clock.instant();
                store.addRecipients(ws, id, zones.slots(ws, row.campaign().sendWindow(), contacts, now), now);
                store.prepared(ws, id, to, to == size && audience.segmentId() == null, clock.instant());
            });
            upto = to;
        }
        if (upto >= size && audience.segmentId() != null) {
            return segmentRecipients.prepare(
                    ws, id, audience.segmentId(), row.campaign().sendWindow(), until);
        }
        if (size == 0) {
            batch.executeWithoutResult(s -> store.prepared(ws, id, 0, true, clock.instant()));
        }
        return upto >= size;
    }

    /** Up to {@code workers} batches at once, each in its own transaction; their outcomes summed. */
    private Outcome handOff(CampaignStore.Row row) {
        var outcomes = new ArrayList<Outcome>();
        // The messaging-limit check counts committed recipients, so batches side by side could each see room
        // and together pass the tier's cap: they run at once only while the room left exceeds all of them.
        var parallel = workers > 1
                && outbound.remainingLimit(row.workspaceId(), row.campaign().channelId()) >= (long) workers * batchSize;
        if (!parallel) {
            outcomes.add(oneBatchOrOneByOne(row));
        } else {
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                var running = new ArrayList<Future<Outcome>>();
                for (var i = 0; i < workers; i++) {
                    running.add(pool.submit(() -> oneBatchOrOneByOne(row)));
                }
                for (var f : running) {
                    outcomes.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        var handed = outcomes.stream().mapToInt(Outcome::handed).sum();
        var stop = outcomes.stream().filter(o -> o.stop() != null).findFirst();
        return stop.map(o -> new Outcome(handed, o.stop(), o.explanation())).orElse(new Outcome(handed, null, null));
    }

    private Outcome oneBatchOrOneByOne(CampaignStore.Row row) {
        try {
            var outcome = batch.execute(s -> oneBatch(row));
            return outcome == null ? new Outcome(0, null, null) : outcome;
        } catch (RuntimeException e) {
            log.info(
                    "A batch of campaign {} failed ({}); handing its recipients over one by one",
                    row.campaign().id(),
                    e.toString());
            return oneByOne(row);
        }
    }

    /**
     * One transaction: claim, have messaging decide the batch in order (it stops at, and does not store, the
     * first refusal that concerns the whole campaign), record each decision.
     */
    private Outcome oneBatch(CampaignStore.Row row) {
        var ws = row.workspaceId();
        var campaign = row.campaign();
        var status = store.lockForHandOff(ws, campaign.id(), shared).orElseThrow();
        if (status != CampaignStatus.RUNNING) {
            return new Outcome(0, null, null);
        }
        var claimed = store.claim(ws, campaign.id(), batchSize).stream()
                .map(CampaignStore.Pending::contact)
                .toList();
        var decisions = outbound.sendAll(ws, recipients.requests(ws, campaign, claimed), STOPS);
        var handed = new ArrayList<CampaignStore.HandedOver>(decisions.size());
        for (var i = 0; i < decisions.size(); i++) {
            var decision = decisions.get(i);
            if (STOPS.contains(decision.reason())) {
                store.handedOver(ws, campaign.id(), handed, clock.instant());
                return new Outcome(handed.size(), decision.reason(), decision.explanation());
            }
            handed.add(handedOver(claimed.get(i), decision));
        }
        store.handedOver(ws, campaign.id(), handed, clock.instant());
        return new Outcome(handed.size(), null, null);
    }

    /** After a failed batch: each recipient in its own transaction; one that fails is skipped with ERROR. */
    private Outcome oneByOne(CampaignStore.Row row) {
        var ws = row.workspaceId();
        var campaign = row.campaign();
        var claimed = batch.execute(s -> store.claim(ws, campaign.id(), batchSize));
        var handed = 0;
        for (var pending : claimed == null ? java.util.List.<CampaignStore.Pending>of() : claimed) {
            try {
                var stop = alone.execute(s -> {
                    var decision = outbound.send(ws, recipients.request(ws, campaign, pending.contact()));
                    if (CAMPAIGN_WIDE.contains(decision.reason())
                            || decision.reason() == ReasonCode.MESSAGING_LIMIT_REACHED) {
                        s.setRollbackOnly();
                        return new Outcome(0, decision.reason(), decision.explanation());
                    }
                    record(ws, campaign.id(), pending.contact(), decision);
                    return null;
                });
                if (stop != null) {
                    return new Outcome(handed, stop.stop(), stop.explanation());
                }
            } catch (RuntimeException e) {
                alone.executeWithoutResult(s ->
                        store.handedOver(ws, campaign.id(), pending.contact(), false, "ERROR", null, clock.instant()));
            }
            handed++;
        }
        return new Outcome(handed, null, null);
    }

    private void record(
            WorkspaceId ws,
            io.switchboard.campaigns.CampaignId id,
            io.switchboard.contacts.ContactId contact,
            io.switchboard.messaging.SendDecision decision) {
        store.handedOver(ws, id, java.util.List.of(handedOver(contact, decision)), clock.instant());
    }

    private static CampaignStore.HandedOver handedOver(
            io.switchboard.contacts.ContactId contact, io.switchboard.messaging.SendDecision decision) {
        // DUPLICATE: handed over before a crash or by another node; the first decision's message stands.
        var queued = decision.accepted() || decision.reason() == ReasonCode.DUPLICATE;
        return new CampaignStore.HandedOver(contact, queued, decision.reason().name(), decision.messageId());
    }
}

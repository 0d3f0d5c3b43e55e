package io.switchboard.messaging.internal;

import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.WhatsAppSender;
import io.switchboard.channels.whatsapp.client.SendRequest;
import io.switchboard.messaging.MessageStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox, channel by channel. For each channel with due rows it takes the channel's lease (one
 * sending node per number, so rates are counted in one place), claims what the token bucket allows with
 * {@code SKIP LOCKED}, marks those rows SENDING in the claiming transaction, then calls Meta outside any
 * transaction with the outbox id as {@code biz_opaque_callback_data}. The calls run on virtual threads, up to
 * {@code maxInFlight} at once per node, and a round does not wait for them: the token bucket alone paces the
 * sends, so the rate does not depend on how long Meta takes to answer.
 */
@Component
class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private final String owner = "node-" + UUID.randomUUID();
    private static final Duration RESCAN = Duration.ofSeconds(1);

    private record Level(int perSecond, Instant readAt) {}

    private final Map<ChannelId, RateLimits> limits = new HashMap<>();
    private final Map<ChannelId, Instant> leasedUntil = new HashMap<>();
    private final Map<ChannelId, Level> levels = new HashMap<>();
    private List<OutboxStore.ChannelKey> due = new ArrayList<>();
    private Instant nextScan = Instant.MIN;
    private final OutboxStore outbox;
    private final LeaseStore leases;
    private final Delivery delivery;
    private final WhatsAppSender sender;
    private final ChannelManagement channels;
    private final OutboundSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Semaphore inFlight;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    Dispatcher(
            OutboxStore outbox,
            LeaseStore leases,
            Delivery delivery,
            WhatsAppSender sender,
            ChannelManagement channels,
            OutboundSettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.outbox = outbox;
        this.leases = leases;
        this.delivery = delivery;
        this.sender = sender;
        this.channels = channels;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.inFlight = new Semaphore(settings.maxInFlight());
    }

    String owner() {
        return owner;
    }

    /** One round over every channel with due rows; @return how many rows were sent (or deferred) */
    synchronized int tick() {
        var now = clock.instant();
        if (due.isEmpty() || !now.isBefore(nextScan)) {
            // The scan reads every due row's channel; while busy, the channels found are worked on for a second
            // before looking again (a channel that just got due waits at most that long).
            due = new ArrayList<>(transactions.execute(s -> outbox.dueChannels(now)));
            nextScan = now.plus(RESCAN);
        }
        var worked = 0;
        for (var key : List.copyOf(due)) {
            if (!holds(key, now)) {
                // Another node sends for this channel; our counters for it are stale from now on.
                limits.remove(key.channel());
                due.remove(key);
                continue;
            }
            var paused = transactions.execute(s -> leases.pausedUntil(key.workspace(), key.channel()));
            if (paused != null && paused.isPresent() && paused.get().isAfter(now)) {
                due.remove(key);
                continue;
            }
            var claimed = drain(key);
            if (claimed < 0) {
                due.remove(key);
            } else {
                worked += claimed;
            }
        }
        return worked;
    }

    /**
     * Takes or renews the channel's lease, but only once half of it is gone: it was set by this node, and no
     * other node takes it before it expires, so a lease with time left needs no round trip.
     */
    private boolean holds(OutboxStore.ChannelKey key, Instant now) {
        var until = leasedUntil.get(key.channel());
        if (until != null && until.isAfter(now.plus(settings.leaseDuration().dividedBy(2)))) {
            return true;
        }
        var expires = now.plus(settings.leaseDuration());
        var held = transactions.execute(s -> leases.acquire(key.workspace(), key.channel(), owner, now, expires));
        if (Boolean.TRUE.equals(held)) {
            leasedUntil.put(key.channel(), expires);
            return true;
        }
        leasedUntil.remove(key.channel());
        return false;
    }

    /** The number's throughput, read again at most once a second (Meta may change its level). */
    private int throughput(OutboxStore.ChannelKey key, Instant now) {
        var level = levels.get(key.channel());
        if (level == null || !now.isBefore(level.readAt().plus(RESCAN))) {
            var channel = channels.channel(key.workspace(), key.channel());
            level = new Level(Tiers.throughput(channel.throughput(), settings.defaultThroughput()), now);
            levels.put(key.channel(), level);
        }
        return level.perSecond();
    }

    /** @return rows claimed (sent or deferred), 0 if the bucket has no room, -1 if nothing is due */
    private int drain(OutboxStore.ChannelKey key) {
        var now = clock.instant();
        var perSecond = throughput(key, now);
        var rate = limits.get(key.channel());
        if (rate == null || rate.perSecond() != perSecond) {
            // New, or Meta changed the number's throughput level: count at the new rate from now on.
            rate = new RateLimits(
                    perSecond, settings.throughputHeadroom(), settings.pairBurst(), settings.pairInterval(), now);
            limits.put(key.channel(), rate);
        }
        var room = Math.min(rate.available(now, settings.batchSize()), inFlight.availablePermits());
        if (room == 0) {
            return 0;
        }
        var limiter = rate;
        var found = new int[1];
        var claimed = transactions.execute(s -> {
            var sending = new ArrayList<OutboxStore.Row>();
            var batch = outbox.claim(key.workspace(), key.channel(), now, room);
            found[0] = batch.size();
            for (var row : batch) {
                if (!limiter.take(row.recipient(), now)) {
                    // Meta's pair limit (131056) would refuse it: wait for the recipient's next token instead.
                    outbox.requeue(
                            row.workspace(), row.id(), limiter.nextForRecipient(row.recipient(), now), null, null, now);
                } else {
                    sending.add(row);
                }
            }
            // Invariant 1: SENDING commits with the claim, before any of these calls leaves.
            outbox.sending(
                    key.workspace(), sending.stream().map(OutboxStore.Row::id).toList(), now);
            return sending;
        });
        var rows = claimed == null ? List.<OutboxStore.Row>of() : claimed;
        if (rows.isEmpty()) {
            return found[0] == 0 ? -1 : found[0];
        }
        // The batch leaves now: its channel's credentials are read once for all of its rows.
        WhatsAppSender.Resolved connection;
        try {
            connection = sender.resolve(key.workspace(), key.channel());
        } catch (ChannelException e) {
            // The channel was deleted under us: nothing was sent.
            for (var row : rows) {
                transactions.executeWithoutResult(
                        s -> delivery.fail(row, "FAILED", MessageStatus.FAILED, null, e.getMessage()));
            }
            return found[0];
        }
        for (var row : rows) {
            inFlight.acquireUninterruptibly();
            calls.submit(() -> {
                try {
                    sendOne(row, connection);
                } finally {
                    inFlight.release();
                }
            });
        }
        return found[0] == 0 ? -1 : found[0];
    }

    /** Waits until every call this node started has been answered and recorded (shutdown, tests). */
    boolean awaitCalls(Duration timeout) throws InterruptedException {
        if (inFlight.tryAcquire(
                settings.maxInFlight(), timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            inFlight.release(settings.maxInFlight());
            return true;
        }
        return false;
    }

    private void sendOne(OutboxStore.Row row, WhatsAppSender.Resolved connection) {
        try {
            var request = new SendRequest(
                    row.recipient(),
                    ContentMapping.toCloudApi(OutboundIntake.content(row.payload())),
                    null,
                    row.id().toString());
            delivery.record(row, connection.send(request));
        } catch (RuntimeException e) {
            // Whether the request left is unknown: the reconciler settles the row, it is never resent blindly.
            log.error("Sending outbox row {} failed unexpectedly; left for reconciliation", row.id(), e);
        }
    }
}

package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.WhatsAppSender;
import io.switchboard.channels.whatsapp.client.OutboundMessage;
import io.switchboard.channels.whatsapp.client.SendRequest;
import io.switchboard.channels.whatsapp.client.SendResult;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundMessaging;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.SendSource;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invariant 1 across crashes and nodes, on PostgreSQL: a row left SENDING is reconciled from Meta's status
 * webhook; one that no status confirms within the grace is resent once (or, with {@code unconfirmed=FAIL},
 * marked FAILED_UNKNOWN); one node at a time sends for a number, and another takes over when its lease expires.
 */
@OutboundTest
class OutboundCrashTests {
    static final EnumSet<MessageStatus> SENT = EnumSet.of(MessageStatus.SENT, MessageStatus.DELIVERED);

    @LocalServerPort
    int port;

    @Autowired
    OutboundMessaging outbound;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    ChannelManagement channels;

    @Autowired
    ContactManagement contacts;

    @Autowired
    ServiceWindows windows;

    @Autowired
    WhatsAppSender sender;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Reconciler reconciler;

    @Autowired
    StatusStore statuses;

    @Autowired
    io.switchboard.channels.WebhookBacklog backlog;

    @Autowired
    io.switchboard.channels.whatsapp.internal.WebhookEventStore webhookEvents;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    OutboxStore outbox;

    @Autowired
    LeaseStore leases;

    @Autowired
    Delivery delivery;

    @Autowired
    OutboundSettings settings;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    OutboundScene scene;
    OutboundScene.Number number;

    @BeforeEach
    void number() {
        scene = new OutboundScene(port, new Tenants(workspaces, users, keys), channels, contacts, windows);
        scene.clearFaults();
        number = scene.number("TIER_2K", "GREEN", 80);
    }

    private MessageId send(ContactId contact, String text) {
        var decision = outbound.send(
                number.workspace(),
                OutboundRequest.of(contact, number.channel(), OutboundContent.Text.of(text), SendSource.OPERATOR));
        assertThat(decision.accepted()).as(decision.explanation()).isTrue();
        return decision.messageId();
    }

    private MessageStatus status(MessageId id) {
        return outbound.find(number.workspace(), id).orElseThrow().status();
    }

    /** What a node does before its HTTP call, and then it dies: the row is SENDING and nothing recorded. */
    private OutboxStore.Row claimAndCrash() {
        var rows = transactions.execute(s -> {
            var claimed = outbox.claim(number.workspace(), number.channel(), clock.instant(), 10);
            claimed.forEach(r -> outbox.sending(r.workspace(), r.id(), clock.instant()));
            return claimed;
        });
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    @Test
    void aSendThatReachedMetaIsReconciledFromItsStatusNotResent() {
        var waId = OutboundScene.newWaId();
        var id = send(scene.customerWrites(number, waId), "Before the crash");
        var row = claimAndCrash();
        // The request left and Meta took it, but the node died before recording the wamid.
        var result = sender.send(
                number.workspace(),
                number.channel(),
                new SendRequest(
                        "+" + waId,
                        OutboundMessage.Text.of("Before the crash"),
                        null,
                        row.id().toString()));
        var wamid = ((SendResult.Accepted) result).wamid();
        await().atMost(Duration.ofSeconds(20)).until(() -> SENT.contains(status(id)));
        assertThat(outbound.find(number.workspace(), id).orElseThrow().providerMessageId())
                .isEqualTo(wamid);
        // A restarted node sends nothing again.
        dispatcher.tick();
        reconciler.run();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> scene.sandboxMessages(number, waId).size() == 1);
    }

    @Test
    void aSendWithNoStatusIsResentOnceAfterTheGrace() {
        var waId = OutboundScene.newWaId();
        var id = send(scene.customerWrites(number, waId), "Lost in the crash");
        var row = claimAndCrash();
        // Within the grace nothing moves: a status could still come.
        reconciler.run();
        dispatcher.tick();
        assertThat(scene.sandboxMessages(number, waId)).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            reconciler.run();
            dispatcher.tick();
            return SENT.contains(status(id));
        });
        assertThat(scene.sandboxMessages(number, waId)).hasSize(1);
        Optional<OutboxStore.Row> left =
                transactions.execute(s -> outbox.inDoubt(number.workspace(), number.channel(), row.id()));
        assertThat(left).isEmpty();
    }

    @Test
    void noResendWhileWebhooksForTheNumberWaitUnread() {
        var waId = OutboundScene.newWaId();
        var id = send(scene.customerWrites(number, waId), "Lost in the crash");
        claimAndCrash();
        // A webhook for this number came in and is not read yet (here: failing, retried in an hour): it may
        // hold the status that settles the row.
        var event = UUID.randomUUID();
        transactions.executeWithoutResult(s -> {
            webhookEvents.insert(event, number.workspace(), number.channel(), "fp", "{}", clock.instant());
            jdbc.sql("update channels_webhook_event set status = 'FAILED', next_attempt_at = :later where id = :id")
                    .param("later", java.sql.Timestamp.from(clock.instant().plus(Duration.ofHours(1))))
                    .param("id", event)
                    .update();
        });
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> {
            reconciler.run();
            dispatcher.tick();
            return scene.sandboxMessages(number, waId).isEmpty();
        });
        jdbc.sql("update channels_webhook_event set status = 'DONE' where id = :id")
                .param("id", event)
                .update();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            reconciler.run();
            dispatcher.tick();
            return SENT.contains(status(id));
        });
        assertThat(scene.sandboxMessages(number, waId)).hasSize(1);
    }

    @Test
    void aSecondInterruptedSendBecomesFailedUnknownNotResentAgain() {
        var waId = OutboundScene.newWaId();
        var id = send(scene.customerWrites(number, waId), "Lost twice");
        claimAndCrash();
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciler.run() > 0);
        claimAndCrash();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            reconciler.run();
            return status(id) == MessageStatus.FAILED_UNKNOWN;
        });
        dispatcher.tick();
        assertThat(scene.sandboxMessages(number, waId)).isEmpty();
    }

    @Test
    void withUnconfirmedFailASendWithNoStatusBecomesFailedUnknownNotResent() {
        var strict = new Reconciler(
                outbox,
                statuses,
                delivery,
                OutboundDispatchTests.unconfirmed(settings, OutboundSettings.Unconfirmed.FAIL),
                backlog,
                transactions,
                clock);
        var waId = OutboundScene.newWaId();
        var id = send(scene.customerWrites(number, waId), "Lost in the crash");
        claimAndCrash();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            strict.run();
            return status(id) == MessageStatus.FAILED_UNKNOWN;
        });
        dispatcher.tick();
        assertThat(scene.sandboxMessages(number, waId)).isEmpty();
        assertThat(status(id)).isEqualTo(MessageStatus.FAILED_UNKNOWN);
    }

    @Test
    void anotherNodeTakesOverTheNumberOnlyWhenTheLeaseExpires() {
        var other = new Dispatcher(outbox, leases, delivery, sender, channels, settings, transactions, clock);
        var waId = OutboundScene.newWaId();
        var contact = scene.customerWrites(number, waId);
        var first = send(contact, "From node one");
        assertThat(dispatcher.tick()).isPositive();
        assertThat(leases.owner(number.workspace(), number.channel(), clock.instant()))
                .contains(dispatcher.owner());
        await().atMost(Duration.ofSeconds(20)).until(() -> SENT.contains(status(first)));
        var second = send(contact, "From node two");
        // Node one holds the lease (2 s here): node two must not send for this number yet.
        other.tick();
        assertThat(status(second)).isEqualTo(MessageStatus.QUEUED);
        await().atMost(Duration.ofSeconds(20)).until(() -> other.tick() > 0);
        assertThat(leases.owner(number.workspace(), number.channel(), clock.instant()))
                .contains(other.owner());
        await().atMost(Duration.ofSeconds(20)).until(() -> SENT.contains(status(second)));
        assertThat(scene.sandboxMessages(number, waId)).hasSize(2);
    }

    @Test
    void twoNodesDispatchingAtOnceSendEachRowOnce() {
        var loops = new ArrayList<DispatcherLoop>();
        var waIds = new ArrayList<String>();
        var ids = new ArrayList<MessageId>();
        for (int c = 0; c < 5; c++) {
            var waId = OutboundScene.newWaId();
            waIds.add(waId);
            var contact = scene.customerWrites(number, waId);
            for (int i = 0; i < 20; i++) {
                ids.add(send(contact, "Row " + i));
            }
        }
        var enabled = OutboundDispatchTests.enabled(settings);
        loops.add(new DispatcherLoop(dispatcher, reconciler, enabled, clock));
        loops.add(new DispatcherLoop(
                new Dispatcher(outbox, leases, delivery, sender, channels, enabled, transactions, clock),
                reconciler,
                enabled,
                clock));
        loops.forEach(DispatcherLoop::start);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(m -> SENT.contains(status(m))));
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> waIds.stream()
                                    .mapToInt(w ->
                                            scene.sandboxMessages(number, w).size())
                                    .sum()
                            == 100);
        } finally {
            loops.forEach(DispatcherLoop::stop);
        }
    }
}

package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.ChannelManagement;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dispatcher against the embedded sandbox on PostgreSQL: exactly once, at the allowed rates, with retries. */
@OutboundTest
class OutboundDispatchTests {
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
    Dispatcher dispatcher;

    @Autowired
    Reconciler reconciler;

    @Autowired
    OutboundSettings settings;

    @Autowired
    Clock clock;

    OutboundScene scene;
    OutboundScene.Number number;
    DispatcherLoop loop;

    @BeforeEach
    void start() {
        scene = new OutboundScene(port, new Tenants(workspaces, users, keys), channels, contacts, windows);
        scene.clearFaults();
        number = scene.number("TIER_2K", "GREEN", 80);
        loop = new DispatcherLoop(dispatcher, reconciler, enabled(settings), clock);
    }

    @AfterEach
    void stop() {
        loop.stop();
        scene.clearFaults();
    }

    static OutboundSettings enabled(OutboundSettings s) {
        return with(s, true, s.unconfirmed());
    }

    static OutboundSettings unconfirmed(OutboundSettings s, OutboundSettings.Unconfirmed unconfirmed) {
        return with(s, s.dispatcherEnabled(), unconfirmed);
    }

    private static OutboundSettings with(
            OutboundSettings s, boolean enabled, OutboundSettings.Unconfirmed unconfirmed) {
        return new OutboundSettings(
                enabled,
                s.pollInterval(),
                s.batchSize(),
                s.leaseDuration(),
                s.defaultThroughput(),
                s.throughputHeadroom(),
                s.pairBurst(),
                s.pairInterval(),
                s.inFlightTimeout(),
                s.reconcileGrace(),
                unconfirmed,
                s.channelPause(),
                s.retryMaxAttempts(),
                s.retryInitialDelay(),
                s.retryMaxDelay(),
                s.maxInFlight());
    }

    private MessageId send(ContactId contact, String text) {
        var decision = outbound.send(
                number.workspace(),
                OutboundRequest.of(contact, number.channel(), OutboundContent.Text.of(text), SendSource.CAMPAIGN));
        assertThat(decision.accepted()).as(decision.explanation()).isTrue();
        return decision.messageId();
    }

    private MessageStatus status(MessageId id) {
        return outbound.find(number.workspace(), id).orElseThrow().status();
    }

    private int sandboxTotal(List<String> waIds) {
        return waIds.stream()
                .mapToInt(w -> scene.sandboxMessages(number, w).size())
                .sum();
    }

    private int refusals(String code) {
        var stats = scene.numberStats(number);
        return stats.path("rejected").path(code).asInt(0)
                + stats.path("failed").path(code).asInt(0);
    }

    @Test
    void fiveHundredSendsReachTheSandboxExactlyOnceAtTheNumbersRate() {
        var waIds = new ArrayList<String>();
        var messages = new ArrayList<MessageId>();
        for (int c = 0; c < 25; c++) {
            var waId = OutboundScene.newWaId();
            waIds.add(waId);
            var contact = scene.customerWrites(number, waId);
            for (int i = 0; i < 20; i++) {
                messages.add(send(contact, "Message " + i));
            }
        }
        var started = System.nanoTime();
        loop.start();
        await().atMost(Duration.ofSeconds(90)).until(() -> sandboxTotal(waIds) >= 500);
        var took = Duration.ofNanos(System.nanoTime() - started);
        // 80 msg/s with a bucket of 80 cannot move 500 messages in under (500 - 80) / 80 = 5.25 s.
        assertThat(took).isGreaterThan(Duration.ofSeconds(4));
        assertThat(refusals("130429")).as("Meta's throughput limit never hit").isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> messages.stream().allMatch(m -> SENT.contains(status(m))));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> sandboxTotal(waIds) == 500);
        assertThat(scene.sandboxMessages(number, waIds.getFirst())
                        .get(0)
                        .path("biz_opaque_callback_data")
                        .asString())
                .as("the outbox id travels with the message")
                .hasSize(36);
    }

    @Test
    void pairLimitSpacesMessagesToOneRecipient() {
        var waId = OutboundScene.newWaId();
        var contact = scene.customerWrites(number, waId);
        for (int i = 0; i < 50; i++) {
            send(contact, "Burst " + i);
        }
        var started = System.nanoTime();
        loop.start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> scene.sandboxMessages(number, waId).size() == 50);
        // Burst 45, then one per second (the test's pair interval): the last five need about five seconds.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(3));
        assertThat(refusals("131056")).as("Meta's pair rate limit never hit").isZero();
    }

    @Test
    void retriesServerErrorsAndThroughputRefusals() {
        loop.start();
        for (var code : List.of("131000", "130429")) {
            var waId = OutboundScene.newWaId();
            var contact = scene.customerWrites(number, waId);
            scene.faults("{\"error_rate\":1,\"error_code\":" + code + "}");
            var id = send(contact, "Try again");
            await().atMost(Duration.ofSeconds(20)).until(() -> refusals(code) >= 2);
            scene.clearFaults();
            await().atMost(Duration.ofSeconds(20)).until(() -> SENT.contains(status(id)));
            assertThat(scene.sandboxMessages(number, waId)).hasSize(1);
        }
    }

    @Test
    void neverRetriesAPermanentRefusal() {
        var waId = OutboundScene.newWaId();
        var contact = scene.customerWrites(number, waId);
        scene.faults("{\"error_rate\":1,\"error_code\":131008}");
        var id = send(contact, "Refused");
        loop.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id) == MessageStatus.FAILED);
        assertThat(outbound.find(number.workspace(), id).orElseThrow().errorCode())
                .isEqualTo(131008);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> refusals("131008") == 1);
    }
}

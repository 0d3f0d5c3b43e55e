package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.ChannelManagement;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.OutboundContent;
import io.switchboard.messaging.OutboundMessaging;
import io.switchboard.messaging.OutboundRequest;
import io.switchboard.messaging.ReasonCode;
import io.switchboard.messaging.SendDecision;
import io.switchboard.messaging.SendSource;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.messaging.spi.ConsentLookup.MarketingConsent;
import io.switchboard.messaging.spi.TemplateLookup.TemplateState;
import io.switchboard.testsupport.H2AppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Every reason code of the outbound policy, decided on real rows and a real sandbox number. On H2 with the
 * dispatcher off: these tests only decide and store.
 */
@H2AppTest
@Import(StubLookups.class)
@TestPropertySource(properties = "switchboard.messaging.dispatcher-enabled=false")
class OutboundPolicyTests {
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
    io.switchboard.contacts.ContactEditor editor;

    @Autowired
    OutboxStore outbox;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    java.time.Clock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    OutboundScene scene;
    OutboundScene.Number number;

    @BeforeEach
    void number() {
        scene = new OutboundScene(port, new Tenants(workspaces, users, keys), channels, contacts, windows);
        number = scene.number("TIER_2K", "GREEN", 80);
    }

    private SendDecision send(io.switchboard.contacts.ContactId contact, OutboundContent content) {
        return outbound.send(
                number.workspace(), OutboundRequest.of(contact, number.channel(), content, SendSource.API));
    }

    private static OutboundContent.Template template(String name) {
        return new OutboundContent.Template(name, "en_US", List.of("Ada"));
    }

    private void blockedWith(SendDecision decision, ReasonCode reason) {
        assertThat(decision.reason()).isEqualTo(reason);
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.explanation()).isNotBlank();
        // Blocked sends are kept, with the reason, so the user can see why.
        var stored = outbound.find(number.workspace(), decision.messageId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(MessageStatus.BLOCKED);
        assertThat(stored.reason()).isEqualTo(reason);
    }

    @Test
    void acceptsFreeFormInsideTheWindowAndQueuesIt() {
        var contact = scene.customerWrites(number, OutboundScene.newWaId());
        var decision = send(contact, OutboundContent.Text.of("Hi"));
        assertThat(decision.reason()).isEqualTo(ReasonCode.ACCEPTED);
        assertThat(decision.accepted()).isTrue();
        var stored = outbound.find(number.workspace(), decision.messageId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(stored.source()).isEqualTo(SendSource.API);
    }

    @Test
    void blocksFreeFormOutsideTheWindow() {
        var contact = scene.silentContact(number, OutboundScene.newWaId());
        blockedWith(send(contact, OutboundContent.Text.of("Hi")), ReasonCode.OUTSIDE_SERVICE_WINDOW);
        blockedWith(send(contact, new OutboundContent.Reaction("wamid.x", "👍")), ReasonCode.OUTSIDE_SERVICE_WINDOW);
    }

    @Test
    void blocksTemplatesThatAreUnknownPendingOrPaused() {
        var contact = scene.silentContact(number, OutboundScene.newWaId());
        blockedWith(send(contact, template("never_heard_of")), ReasonCode.TEMPLATE_NOT_APPROVED);
        StubLookups.TEMPLATES.put("pending_one/en_US", new TemplateState("PENDING", "UTILITY"));
        blockedWith(send(contact, template("pending_one")), ReasonCode.TEMPLATE_NOT_APPROVED);
        StubLookups.TEMPLATES.put("paused_one/en_US", new TemplateState("PAUSED", "MARKETING"));
        blockedWith(send(contact, template("paused_one")), ReasonCode.TEMPLATE_PAUSED);
    }

    @Test
    void marketingNeedsConsentAndNoOptOut() {
        StubLookups.TEMPLATES.put("promo/en_US", new TemplateState("APPROVED", "MARKETING"));
        var none = scene.silentContact(number, OutboundScene.newWaId());
        blockedWith(send(none, template("promo")), ReasonCode.NO_MARKETING_CONSENT);
        var out = scene.silentContact(number, OutboundScene.newWaId());
        StubLookups.CONSENT.put(out, MarketingConsent.WITHDRAWN);
        blockedWith(send(out, template("promo")), ReasonCode.OPTED_OUT);
        var granted = scene.silentContact(number, OutboundScene.newWaId());
        StubLookups.CONSENT.put(granted, MarketingConsent.GRANTED);
        assertThat(send(granted, template("promo")).reason()).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void utilityTemplateGoesOutsideTheWindowWithoutMarketingConsent() {
        StubLookups.TEMPLATES.put("receipt/en_US", new TemplateState("APPROVED", "UTILITY"));
        var contact = scene.silentContact(number, OutboundScene.newWaId());
        assertThat(send(contact, template("receipt")).reason()).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void redNumberHoldsBackMarketingOnly() {
        number = scene.number("TIER_2K", "RED", 80);
        StubLookups.TEMPLATES.put("promo/en_US", new TemplateState("APPROVED", "MARKETING"));
        StubLookups.TEMPLATES.put("receipt/en_US", new TemplateState("APPROVED", "UTILITY"));
        var contact = scene.silentContact(number, OutboundScene.newWaId());
        StubLookups.CONSENT.put(contact, MarketingConsent.GRANTED);
        blockedWith(send(contact, template("promo")), ReasonCode.NUMBER_QUALITY_RED);
        assertThat(send(contact, template("receipt")).reason()).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void disabledNumberSendsNothing() {
        var contact = scene.customerWrites(number, OutboundScene.newWaId());
        channels.disable(number.workspace(), number.channel());
        blockedWith(send(contact, OutboundContent.Text.of("Hi")), ReasonCode.NUMBER_DISABLED);
    }

    @Test
    void budgetCapBlocks() {
        var contact = scene.customerWrites(number, OutboundScene.newWaId());
        StubLookups.OVER_BUDGET.add(number.workspace());
        blockedWith(send(contact, OutboundContent.Text.of("Hi")), ReasonCode.BUDGET_EXCEEDED);
    }

    @Test
    void contactWithoutWhatsAppNumberIsBlocked() {
        var contact = contacts.findOrCreateByWhatsApp(
                number.workspace(),
                new io.switchboard.contacts.WhatsAppIdentity(null, "US.user." + UUID.randomUUID(), null, null));
        blockedWith(send(contact, OutboundContent.Text.of("Hi")), ReasonCode.NO_WHATSAPP_IDENTITY);
    }

    @Test
    void contactWithOnlyAPhoneNumberIsSentToThatNumber() {
        StubLookups.TEMPLATES.put("receipt/en_US", new TemplateState("APPROVED", "UTILITY"));
        var phone = "+" + OutboundScene.newWaId();
        var contact = editor.create(
                number.workspace(),
                new io.switchboard.contacts.ContactChange("Imported", null, phone, null),
                List.of());
        assertThat(send(contact, template("receipt")).reason()).isEqualTo(ReasonCode.ACCEPTED);
        var rows = transactions.execute(s -> outbox.claim(number.workspace(), number.channel(), clock.instant(), 10));
        assertThat(rows).extracting(OutboxStore.Row::recipient).containsExactly(phone);
    }

    @Test
    void sameIdempotencyKeyIsDecidedOnce() {
        var contact = scene.customerWrites(number, OutboundScene.newWaId());
        var request = OutboundRequest.of(contact, number.channel(), OutboundContent.Text.of("Once"), SendSource.API)
                .withIdempotencyKey("order-42");
        var first = outbound.send(number.workspace(), request);
        var second = outbound.send(number.workspace(), request);
        assertThat(second.reason()).isEqualTo(ReasonCode.DUPLICATE);
        assertThat(second.messageId()).isEqualTo(first.messageId());
    }

    @Test
    void messagingLimitHoldsNewRecipientsUntilTheOldestLeavesTheDay() {
        number = scene.number("TIER_250", "GREEN", 80);
        StubLookups.TEMPLATES.put("receipt/en_US", new TemplateState("APPROVED", "UTILITY"));
        var first = scene.silentContact(number, OutboundScene.newWaId());
        assertThat(send(first, template("receipt")).reason()).isEqualTo(ReasonCode.ACCEPTED);
        for (int i = 1; i < 250; i++) {
            assertThat(send(scene.silentContact(number, OutboundScene.newWaId()), template("receipt"))
                            .reason())
                    .isEqualTo(ReasonCode.ACCEPTED);
        }
        var held = send(scene.silentContact(number, OutboundScene.newWaId()), template("receipt"));
        assertThat(held.reason()).isEqualTo(ReasonCode.MESSAGING_LIMIT_REACHED);
        assertThat(held.accepted()).as("a hold, not a rejection").isTrue();
        assertThat(outbound.find(number.workspace(), held.messageId())
                        .orElseThrow()
                        .status())
                .isEqualTo(MessageStatus.QUEUED);
        // A recipient already counted in the last 24 hours costs nothing more.
        assertThat(send(first, template("receipt")).reason()).isEqualTo(ReasonCode.ACCEPTED);
        // Inside the window a reply is not business-initiated and is never held.
        var writer = scene.customerWrites(number, OutboundScene.newWaId());
        assertThat(send(writer, OutboundContent.Text.of("Hi")).reason()).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void aBatchIsDecidedAndStoredAsOneByOne() {
        // Unlimited: no messaging-limit count, so the batch's rows are written together at its end.
        number = scene.number("TIER_UNLIMITED", "GREEN", 80);
        StubLookups.TEMPLATES.put("promo/en_US", new TemplateState("APPROVED", "MARKETING"));
        StubLookups.TEMPLATES.put("receipt/en_US", new TemplateState("APPROVED", "UTILITY"));
        var writer = scene.customerWrites(number, OutboundScene.newWaId());
        var silent = scene.silentContact(number, OutboundScene.newWaId());
        var sentBefore = outbound.send(
                number.workspace(),
                OutboundRequest.of(writer, number.channel(), OutboundContent.Text.of("Earlier"), SendSource.API)
                        .withIdempotencyKey("batch-earlier"));
        var requests = List.of(
                OutboundRequest.of(writer, number.channel(), OutboundContent.Text.of("Hi"), SendSource.CAMPAIGN)
                        .withIdempotencyKey("batch-1"),
                OutboundRequest.of(silent, number.channel(), OutboundContent.Text.of("Hi"), SendSource.CAMPAIGN),
                OutboundRequest.of(silent, number.channel(), template("promo"), SendSource.CAMPAIGN),
                OutboundRequest.of(silent, number.channel(), template("receipt"), SendSource.CAMPAIGN)
                        .withIdempotencyKey("batch-2"),
                OutboundRequest.of(silent, number.channel(), template("receipt"), SendSource.CAMPAIGN)
                        .withIdempotencyKey("batch-2"),
                OutboundRequest.of(writer, number.channel(), OutboundContent.Text.of("Again"), SendSource.API)
                        .withIdempotencyKey("batch-earlier"));

        var decisions = outbound.sendAll(number.workspace(), requests, java.util.Set.of(ReasonCode.BUDGET_EXCEEDED));

        assertThat(decisions)
                .extracting(SendDecision::reason)
                .containsExactly(
                        ReasonCode.ACCEPTED,
                        ReasonCode.OUTSIDE_SERVICE_WINDOW,
                        ReasonCode.NO_MARKETING_CONSENT,
                        ReasonCode.ACCEPTED,
                        ReasonCode.DUPLICATE,
                        ReasonCode.DUPLICATE);
        blockedWith(decisions.get(1), ReasonCode.OUTSIDE_SERVICE_WINDOW);
        blockedWith(decisions.get(2), ReasonCode.NO_MARKETING_CONSENT);
        assertThat(decisions.get(4).messageId()).isEqualTo(decisions.get(3).messageId());
        assertThat(decisions.get(5).messageId()).isEqualTo(sentBefore.messageId());
        for (var accepted : List.of(decisions.get(0), decisions.get(3))) {
            var stored = outbound.find(number.workspace(), accepted.messageId()).orElseThrow();
            assertThat(stored.status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(stored.source()).isEqualTo(SendSource.CAMPAIGN);
        }
        // One outbox row per queued message: the one sent before and the two accepted in the batch.
        var rows = transactions.execute(s -> outbox.claim(number.workspace(), number.channel(), clock.instant(), 10));
        assertThat(rows)
                .extracting(r -> r.message())
                .containsExactlyInAnyOrder(
                        sentBefore.messageId(),
                        decisions.get(0).messageId(),
                        decisions.get(3).messageId());
    }

    @Test
    void aBatchStopsAtAStopReasonStoringNothingFromThere() {
        number = scene.number("TIER_250", "GREEN", 80);
        StubLookups.TEMPLATES.put("receipt/en_US", new TemplateState("APPROVED", "UTILITY"));
        for (int i = 0; i < 249; i++) {
            assertThat(send(scene.silentContact(number, OutboundScene.newWaId()), template("receipt"))
                            .reason())
                    .isEqualTo(ReasonCode.ACCEPTED);
        }
        var last = scene.silentContact(number, OutboundScene.newWaId());
        var over = scene.silentContact(number, OutboundScene.newWaId());
        var after = scene.silentContact(number, OutboundScene.newWaId());
        var requests = java.util.stream.Stream.of(last, over, after)
                .map(c -> OutboundRequest.of(c, number.channel(), template("receipt"), SendSource.CAMPAIGN))
                .toList();

        // The 250th recipient in the batch counts for the next one: the limit is reached inside the batch.
        var decisions =
                outbound.sendAll(number.workspace(), requests, java.util.Set.of(ReasonCode.MESSAGING_LIMIT_REACHED));

        assertThat(decisions)
                .extracting(SendDecision::reason)
                .containsExactly(ReasonCode.ACCEPTED, ReasonCode.MESSAGING_LIMIT_REACHED);
        assertThat(decisions.get(1).messageId()).isNull();
        assertThat(messagesTo(over)).isZero();
        assertThat(messagesTo(after)).isZero();
        assertThat(messagesTo(last)).isOne();
    }

    private long messagesTo(io.switchboard.contacts.ContactId contact) {
        return jdbc.sql("select count(*) from messaging_message where workspace_id = :ws and contact_id = :contact")
                .param("ws", number.workspace().value())
                .param("contact", contact.value())
                .query(Long.class)
                .single();
    }
}

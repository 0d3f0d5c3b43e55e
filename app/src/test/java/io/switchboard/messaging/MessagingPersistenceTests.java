package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.FixtureWorkspace;
import io.switchboard.channels.Webhooks;
import io.switchboard.channels.spi.InboundStatus;
import io.switchboard.channels.spi.WhatsAppInboundSink;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contacts and messaging stores and the webhook path, run on H2 and on PostgreSQL by the subclasses. */
abstract class MessagingPersistenceTests {
    @LocalServerPort
    int port;

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
    MessageManagement messages;

    @Autowired
    ServiceWindows windows;

    @Autowired
    WhatsAppInboundSink sink;

    FixtureWorkspace ws;

    @BeforeEach
    void workspace() {
        ws = FixtureWorkspace.create(new Tenants(workspaces, users, keys), channels, null);
    }

    @Test
    void contactsAreFoundByEveryIdentityAndCreatedOnce() {
        var w = ws.tenant().workspaceId();
        var byBsuid = contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity(null, "US.42", "sheena", "Sheena"));
        var again = contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity("16505551234", "US.42", null, "Sheena N."));
        assertThat(again).isEqualTo(byBsuid);
        var contact = contacts.get(w, again);
        assertThat(contact.waId()).isEqualTo("16505551234");
        assertThat(contact.phone()).isEqualTo("+16505551234");
        assertThat(contact.whatsAppUserId()).isEqualTo("US.42");
        assertThat(contact.username()).isEqualTo("sheena");
        assertThat(contact.profileName()).isEqualTo("Sheena N.");
        // Found by wa_id this time: a new profile name replaces the old one, the same name leaves it.
        assertThat(contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity("16505551234", null, null, "Sheena Nelson")))
                .isEqualTo(again);
        assertThat(contacts.get(w, again).profileName()).isEqualTo("Sheena Nelson");
        var renamed = contacts.get(w, again).updatedAt();
        contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity("16505551234", null, null, "Sheena Nelson"));
        assertThat(contacts.get(w, again).updatedAt()).isEqualTo(renamed);
        assertThat(contacts.findByPhone(w, "+1 (650) 555-1234"))
                .map(c -> c.id())
                .contains(again);
        assertThat(contacts.changeWhatsAppNumber(w, "16505551234", "12195555358"))
                .contains(again);
        assertThat(contacts.findByWaId(w, "12195555358")).map(c -> c.id()).contains(again);
        assertThat(contacts.findByWaId(w, "16505551234")).isEmpty();
    }

    @Test
    void messagesPageBackwardsAndStatusesAreKeptOnce() {
        var w = ws.tenant().workspaceId();
        var channel = ws.byPhone().values().iterator().next();
        var contact = contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity("4930123456", null, null, null));
        var base = Instant.parse("2026-01-01T10:00:00Z");
        for (var i = 0; i < 5; i++) {
            messages.recordOutbound(
                    w,
                    channel,
                    contact,
                    "wamid.page-" + i,
                    "text",
                    "{\"kind\":\"text\",\"body\":\"" + i + "\"}",
                    null,
                    base.plusSeconds(i));
        }
        assertThat(messages.recordOutbound(w, channel, contact, "wamid.page-0", "text", "{}", null, base))
                .as("idempotent on the provider id")
                .isEqualTo(messages.messages(w, contact, base.plusSeconds(1), 1)
                        .getFirst()
                        .id());
        var first = messages.messages(w, contact, null, 2);
        assertThat(first).extracting(StoredMessage::providerMessageId).containsExactly("wamid.page-4", "wamid.page-3");
        var next = messages.messages(w, contact, first.getLast().occurredAt(), 2);
        assertThat(next).extracting(StoredMessage::providerMessageId).containsExactly("wamid.page-2", "wamid.page-1");

        var read = new InboundStatus(
                w,
                channel,
                "wamid.page-4",
                "read",
                base.plusSeconds(60),
                null,
                null,
                "outbox-1",
                "PMP",
                "utility",
                "free_customer_service",
                null,
                "{\"pricing_model\":\"PMP\"}",
                List.of(),
                "{}");
        sink.onStatus(read);
        sink.onStatus(read);
        var message = messages.messages(w, contact, null, 1).getFirst();
        assertThat(message.status()).isEqualTo(MessageStatus.READ);
        assertThat(message.history()).hasSize(1);
        assertThat(message.bizOpaqueCallbackData()).isEqualTo("outbox-1");
        assertThat(message.pricingJson()).contains("PMP");
    }

    @Test
    void messageSearchListsContactsByTheirLatestMatchNewestFirst() {
        var w = ws.tenant().workspaceId();
        var ada = contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity("4930200001", null, null, null));
        var bea = contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity("4930200002", null, null, null));
        var cem = contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity("4930200003", null, null, null));
        var dan = contacts.findOrCreateByWhatsApp(w, new WhatsAppIdentity("4930200004", null, null, null));
        var base = Instant.parse("2026-02-01T10:00:00Z");
        sent(w, cem, "Where is my parcel?", base);
        sent(w, bea, "The parcel arrived", base.plusSeconds(10));
        sent(w, ada, "A parcel for you", base.plusSeconds(21));
        sent(w, ada, "Your parcel left", base.plusSeconds(22));
        sent(w, ada, "Parcel at the door", base.plusSeconds(22));
        sent(w, ada, "Parcel signed for", base.plusSeconds(23));
        sent(w, ada, "Parcel photo attached", base.plusSeconds(24));
        sent(w, dan, "Hello there", base.plusSeconds(30));
        sent(w, cem, "Thanks, all good", base.plusSeconds(40));

        assertThat(messages.contactsMentioning(w, "parcel", 10))
                .as("by each contact's latest match, not its latest message")
                .containsExactly(ada, bea, cem);
        assertThat(messages.contactsMentioning(w, "parcel", 2))
                .as("read on past the repeated matches of one contact (five of Ada's fill the first batch of four)")
                .containsExactly(ada, bea);
        assertThat(messages.contactsMentioning(w, "PARCEL arrived", 10)).containsExactly(bea);
        assertThat(messages.contactsMentioning(w, "submarine", 10)).isEmpty();
    }

    /** A text message sent to {@code to} on the workspace's number at {@code at}. */
    private void sent(WorkspaceId w, ContactId to, String body, Instant at) {
        var channel = ws.byPhone().values().iterator().next();
        messages.recordOutbound(
                w,
                channel,
                to,
                "wamid.search-" + UUID.randomUUID(),
                "text",
                "{\"kind\":\"text\",\"body\":\"" + body + "\"}",
                null,
                at);
    }

    @Test
    void inboundWebhookOpensTheServiceWindowByMetasClock() {
        var body = Webhooks.fixture("text-message.json");
        assertThat(new Webhooks(port).postSigned(body, ws.appSecret())).isEqualTo(200);
        var w = ws.tenant().workspaceId();
        var contact = await().atMost(Duration.ofSeconds(20))
                .until(() -> contacts.findByWaId(w, "16505551234"), c -> c.isPresent())
                .orElseThrow();
        var channel = ws.byPhone().get("106540352242922");
        var sent = Instant.ofEpochSecond(1749416383L);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> windows.expiresAt(w, contact.id(), channel).isPresent());
        assertThat(windows.expiresAt(w, contact.id(), channel)).contains(sent.plus(ServiceWindows.LENGTH));
        assertThat(windows.isOpen(w, contact.id(), channel, sent.plusSeconds(3600)))
                .isTrue();
        assertThat(windows.isOpen(w, contact.id(), channel, sent.plus(ServiceWindows.LENGTH)))
                .isFalse();
    }
}

package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.Secret;
import io.switchboard.channels.ChannelDetails;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A workspace with a WhatsApp number on the embedded sandbox, wired like a real one: the app sends to the
 * sandbox's Graph API and the sandbox posts signed webhooks (statuses, customers' messages) back to the app.
 */
final class OutboundScene {
    record Number(WorkspaceId workspace, ChannelId channel, String phoneNumberId) {}

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));
    final HttpApi http;
    private final Tenants tenants;
    private final ChannelManagement channels;
    private final ContactManagement contacts;
    private final ServiceWindows windows;

    OutboundScene(
            int port, Tenants tenants, ChannelManagement channels, ContactManagement contacts, ServiceWindows windows) {
        this.http = new HttpApi(port);
        this.tenants = tenants;
        this.channels = channels;
        this.contacts = contacts;
        this.windows = windows;
    }

    /** A new workspace and number; {@code tier} and {@code quality} as Meta would report them. */
    Number number(String tier, String quality, int throughput) {
        var ws = tenants.create("Outbound " + UUID.randomUUID()).workspaceId();
        var n = SEQUENCE.incrementAndGet();
        var phone = "1077" + String.format("%08d", n);
        var waba = "2077" + String.format("%08d", n);
        var appSecret = "app-" + UUID.randomUUID();
        var token = "tok-" + UUID.randomUUID();
        var verify = "ver-" + UUID.randomUUID();
        var channel = channels.create(
                ws,
                new ChannelDetails(
                        "Shop",
                        phone,
                        waba,
                        "+1 555 " + (n % 10_000),
                        "Shop",
                        http.base() + "/sandbox/graph",
                        "v23.0",
                        new Secret(token),
                        new Secret(appSecret),
                        new Secret(verify)));
        var registered = http.call("PUT", "/sandbox/control/numbers/" + phone + "/registration", null, """
                {"waba_id":"%s","display_phone_number":"+1 555 %04d","verified_name":"Shop","access_token":"%s",
                 "app_secret":"%s","verify_token":"%s","callback_url":"%s/webhooks/whatsapp","throughput":%d,
                 "quality_rating":"%s","messaging_limit_tier":"%s"}""".formatted(
                        waba, n % 10_000, token, appSecret, verify, http.base(), throughput, quality, tier));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        // The connection test reads quality, tier and throughput from the (sandbox) Graph API, as in production.
        assertThat(channels.test(ws, channel.id()).ok()).isTrue();
        return new Number(ws, channel.id(), phone);
    }

    static String newWaId() {
        return "4917" + String.format("%08d", SEQUENCE.incrementAndGet());
    }

    /** The customer writes to the number through the sandbox; returns the contact once its window is open. */
    ContactId customerWrites(Number number, String waId) {
        var sent = http.call("POST", "/sandbox/control/inbound", null, """
                {"from":"%s","phone_number_id":"%s","profile_name":"Ada",
                 "message":{"type":"text","text":{"body":"Hello"}}}""".formatted(waId, number.phoneNumberId()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> contacts.findByWaId(number.workspace(), waId)
                                .filter(c ->
                                        windows.isOpen(number.workspace(), c.id(), number.channel(), Instant.now()))
                                .map(c -> c.id()),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    /** A contact who never wrote: no window. */
    ContactId silentContact(Number number, String waId) {
        return contacts.findOrCreateByWhatsApp(number.workspace(), new WhatsAppIdentity(waId, null, null, null));
    }

    /** Messages the business sent to this customer, as the sandbox saw them. */
    JsonNode sandboxMessages(Number number, String waId) {
        var all = http.get(
                "/sandbox/control/customers/" + waId + "/messages?phone_number_id=" + number.phoneNumberId(), null);
        if (all.status() == 404) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        var out = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (var m : all.json().path("messages")) {
            if ("business".equals(m.path("direction").asString())) {
                out.add(m);
            }
        }
        return out;
    }

    JsonNode numberStats(Number number) {
        return http.get("/sandbox/control/stats", null).json().path("numbers").path(number.phoneNumberId());
    }

    void faults(String json) {
        var response = http.call("PUT", "/sandbox/control/faults", null, json);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    void clearFaults() {
        http.call("DELETE", "/sandbox/control/faults", null, null);
    }
}

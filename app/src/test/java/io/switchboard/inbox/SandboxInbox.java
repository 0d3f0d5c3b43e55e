package io.switchboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.Webhooks;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tenant with its own number in the embedded sandbox, wired both ways: a customer's message sent
 * through the control API arrives as a signed webhook, replies go to the sandbox's Graph API.
 */
public final class SandboxInbox {
    /** A 1×1 PNG, base64, for a customer's picture. */
    public static final String PNG_1X1 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));
    private final HttpApi api;
    private final String phoneNumberId;
    private final String channelId;
    private final String waba;
    private final String secret;

    public SandboxInbox(HttpApi api, Tenants.Tenant tenant) {
        this.api = api;
        var n = SEQUENCE.incrementAndGet();
        this.phoneNumberId =
                "1077" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode() % 100_000_000));
        this.waba = "2077" + String.format("%06d", n);
        var token = "sbx-" + UUID.randomUUID();
        this.secret = "secret-" + UUID.randomUUID();
        var verify = "verify-" + UUID.randomUUID();
        // The same display number on both sides: Meta names the number by it in quality webhooks.
        var display = "+1 555 " + String.format("%04d", n % 10_000);
        var created = api.call(
                "POST",
                "/api/v1/channels",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "name",
                        "Inbox test",
                        "phoneNumberId",
                        phoneNumberId,
                        "wabaId",
                        waba,
                        "displayPhoneNumber",
                        display,
                        "graphBaseUrl",
                        api.base() + "/sandbox/graph",
                        "accessToken",
                        token,
                        "appSecret",
                        secret,
                        "verifyToken",
                        verify)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        this.channelId = created.json().get("id").asString();
        var registered = api.call(
                "PUT",
                "/sandbox/control/numbers/" + phoneNumberId + "/registration",
                null,
                HttpApi.json(Map.of(
                        "waba_id",
                        waba,
                        "display_phone_number",
                        display,
                        "verified_name",
                        "Inbox Test Shop",
                        "access_token",
                        token,
                        "app_secret",
                        secret,
                        "verify_token",
                        verify,
                        "callback_url",
                        api.base() + "/webhooks/whatsapp")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
    }

    public String channelId() {
        return channelId;
    }

    public String phoneNumberId() {
        return phoneNumberId;
    }

    /** A customer number nobody used before. */
    public static String newCustomer() {
        return "1650555" + String.format("%04d", SEQUENCE.incrementAndGet() % 10_000);
    }

    /** The customer sends a text; returns its wamid. */
    public String customerWrites(String waId, String text) {
        return customerSends(waId, Map.of("type", "text", "text", Map.of("body", text)));
    }

    /**
     * A signed webhook as Meta sends it, straight to the app (not through the sandbox), for what the
     * sandbox cannot make: messages with old timestamps, statuses of messages it never saw.
     */
    public void webhook(String value) {
        var body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + waba
                        + "\",\"changes\":[{\"field\":\"messages\",\"value\":" + value + "}]}]}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new Webhooks(api.base()).postSigned(body, secret)).isEqualTo(200);
    }

    /** The customer wrote a text at {@code epochSecond} (Meta's timestamp). */
    public void customerWroteAt(String waId, String text, long epochSecond) {
        webhook("""
                {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550100","phone_number_id":"%s"},
                 "contacts":[{"profile":{"name":"Ada %s"},"wa_id":"%s"}],
                 "messages":[{"from":"%s","id":"wamid.old-%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}""".formatted(phoneNumberId, waId, waId, waId, UUID.randomUUID(), epochSecond, text));
    }

    /** Meta reports {@code status} of our message {@code wamid}. */
    public void status(String wamid, String waId, String status, long epochSecond) {
        webhook("""
                {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550100","phone_number_id":"%s"},
                 "statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"%s"}]}""".formatted(phoneNumberId, wamid, status, epochSecond, waId));
    }

    /** The customer sends any Cloud API inbound message object. */
    public String customerSends(String waId, Map<String, Object> message) {
        var response = api.call(
                "POST",
                "/sandbox/control/inbound",
                null,
                HttpApi.json(Map.of(
                        "from",
                        waId,
                        "phone_number_id",
                        phoneNumberId,
                        "profile_name",
                        "Ada " + waId,
                        "message",
                        message)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("id").asString();
    }
}

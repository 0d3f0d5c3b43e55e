package io.switchboard.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.Webhooks;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.inbox.SandboxInbox;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessagePriced;
import io.switchboard.messaging.SendSource;
import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real sends through the embedded sandbox, whose status webhooks carry Meta's pricing objects: the ledger,
 * the cost report and the budget cap in the outbound policy.
 */
abstract class BillingLedgerTests {
    /** A ledger row as stored. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Row(
            String country,
            String category,
            String pricingType,
            boolean billable,
            BigDecimal amount,
            String currency) {}

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactManagement contacts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    BillingScene scene;
    Tenants.Tenant tenant;

    @BeforeEach
    void setUp() {
        var api = new HttpApi(port);
        tenant = new Tenants(workspaces, users, keys).create("Ledger");
        scene = new BillingScene(api, tenant);
    }

    @Test
    void eachMessageIsPricedOnceFromItsFirstPricingStatus() {
        // A reply inside the window: the sandbox reports it free (free_customer_service).
        var chatting = SandboxInbox.newCustomer();
        var reply = scene.sendText(scene.customerWritingNow(chatting), "Your invoice is on its way.");
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        var replyId = reply.json().get("messageId").asString();
        var replyWamid = scene.delivered(replyId);

        // A utility template to a customer whose window is closed: charged at the US utility rate.
        var template = scene.approvedUtilityTemplate();
        var quiet = SandboxInbox.newCustomer();
        var sent = scene.sendTemplate(scene.customerWithClosedWindow(quiet), template);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        var templateId = sent.json().get("messageId").asString();
        scene.delivered(templateId);

        // sent and delivered both carried pricing: still one row each.
        var free = awaitRow(replyId);
        assertThat(free).isEqualTo(new Row("US", "SERVICE", "free_customer_service", false, BigDecimal.ZERO, "USD"));
        var charged = awaitRow(templateId);
        assertThat(charged.category()).isEqualTo("UTILITY");
        assertThat(charged.billable()).isTrue();
        assertThat(charged.amount()).isEqualByComparingTo("0.0040");

        // Meta redelivers, late and out of order, with a pricing object that disagrees: the first one stands.
        var early = Instant.now().minus(Duration.ofMinutes(5)).getEpochSecond();
        var disagreeing = fixtureStatus(replyWamid, chatting, "sent", early);
        scene.sandbox.webhook(disagreeing);
        scene.sandbox.webhook(disagreeing);
        scene.sandbox.webhook(
                fixtureStatus(replyWamid, chatting, "read", Instant.now().getEpochSecond()));
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> scene.api
                                .get("/api/v1/messages/" + replyId, tenant.apiKey())
                                .json()
                                .path("status")
                                .asString(),
                        "READ"::equals);
        assertThat(rows(replyId)).containsExactly(free);
        assertThat(jdbc.sql("select count(*) from messaging_message_status where provider_message_id = :id")
                        .param("id", replyWamid)
                        .query(Long.class)
                        .single())
                .as("the redelivered statuses were kept by messaging")
                .isGreaterThanOrEqualTo(3);

        var byCategory = scene.costs("category");
        assertThat(byCategory.toString()).contains("SERVICE", "UTILITY");
        for (var line : byCategory) {
            var expected = line.get("group").asString().equals("UTILITY") ? "0.004" : "0";
            assertThat(line.get("messages").asLong()).isEqualTo(1);
            assertThat(line.get("charged").asLong()).isEqualTo(expected.equals("0") ? 0 : 1);
            assertThat(line.get("amount").decimalValue()).isEqualByComparingTo(expected);
            assertThat(line.get("month").asString())
                    .isEqualTo(Instant.now().toString().substring(0, 7));
        }
        // The page shows the same report.
        var page = new FormSession(port);
        page.signIn(tenant.ownerEmail(), tenant.ownerPassword());
        var billing = page.get("/billing");
        assertThat(billing.status()).isEqualTo(200);
        assertThat(billing.body()).contains("id=\"costs-category\"", "data-cost=\"UTILITY\"", "0.004000 USD");
        assertThat(billing.body()).contains("id=\"costs-country\"", "data-cost=\"US\"");

        var byCountry = scene.costs("country");
        assertThat(byCountry).hasSize(1);
        assertThat(byCountry.get(0).get("group").asString()).isEqualTo("US");
        assertThat(byCountry.get(0).get("messages").asLong()).isEqualTo(2);
        assertThat(byCountry.get(0).get("amount").decimalValue()).isEqualByComparingTo("0.004");
    }

    @Test
    void theCapRefusesChargedSendsOnceReachedUntilRaised() {
        var template = scene.approvedUtilityTemplate();
        var contact = scene.customerWithClosedWindow(SandboxInbox.newCustomer());
        setCap("0.006");

        var first = scene.sendTemplate(contact, template);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        awaitRow(first.json().get("messageId").asString());
        var budget = scene.api.get("/api/v1/billing/budget", tenant.apiKey()).json();
        assertThat(budget.get("spent").decimalValue()).isEqualByComparingTo("0.004");

        // 0.004 spent + 0.004 for this one would pass 0.006.
        var second = scene.sendTemplate(contact, template);
        assertThat(second.status()).as(second.body()).isEqualTo(422);
        assertThat(second.json().get("reason").asString()).isEqualTo("BUDGET_EXCEEDED");

        // A reply to a customer waiting inside the window is never held back by the cap.
        var chatting = scene.customerWritingNow(SandboxInbox.newCustomer());
        var reply = scene.sendText(chatting, "We are on it.");
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);

        setCap("1.00");
        var third = scene.sendTemplate(contact, template);
        assertThat(third.status()).as(third.body()).isEqualTo(202);
        assertThat(third.json().get("reason").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aCbpConversationIsChargedOnceAtTheRateOfItsDate() {
        var workspace = tenant.workspaceId();
        var contact =
                contacts.findOrCreateByWhatsApp(workspace, new WhatsAppIdentity("393471234567", null, null, "Ada"));
        var channel = ChannelId.of(UUID.randomUUID());
        // The pricing and conversation of Meta's CBP fixture (status-delivered-cbp.json), sent in June 2025.
        var cbp = JSON.readTree(Webhooks.fixture("status-delivered-cbp.json"))
                .get("entry")
                .get(0)
                .get("changes")
                .get(0)
                .get("value")
                .get("statuses")
                .get(0);
        var pricing = cbp.get("pricing");
        var conversation = cbp.get("conversation").get("id").asString();
        var first = priced(workspace, contact, channel, pricing, conversation, "2025-06-15T10:00:00Z");
        var second = priced(workspace, contact, channel, pricing, conversation, "2025-06-15T11:00:00Z");
        // A per-message utility template at the first instant of PMP.
        var pmp = new MessagePriced(
                workspace,
                MessageId.random(),
                contact,
                channel,
                "wamid.pmp-" + UUID.randomUUID(),
                true,
                "pmp",
                "utility",
                "regular",
                null,
                Instant.parse("2025-07-01T00:00:00Z"),
                SendSource.CAMPAIGN,
                "spring-sale");

        publish(first);
        publish(first);
        assertThat(awaitRow(first.messageId().toString()).amount()).isEqualByComparingTo("0.0691");
        publish(second);
        publish(pmp);
        assertThat(awaitRow(second.messageId().toString()).amount())
                .as("same conversation")
                .isEqualByComparingTo("0");
        assertThat(awaitRow(pmp.messageId().toString()).amount()).isEqualByComparingTo("0.0300");
        assertThat(rows(first.messageId().toString())).hasSize(1);

        var costs = scene.api
                .get("/api/v1/billing/costs?from=2025-06-01&to=2025-08-01&groupBy=campaign", tenant.apiKey())
                .json();
        assertThat(costs.toString()).contains("2025-06", "2025-07", "spring-sale");
        assertThat(costs).hasSize(2);
        assertThat(costs.get(0).get("month").asString()).isEqualTo("2025-06");
        assertThat(costs.get(0).get("group").isNull()).isTrue();
        assertThat(costs.get(0).get("messages").asLong()).isEqualTo(2);
        assertThat(costs.get(0).get("amount").decimalValue()).isEqualByComparingTo("0.0691");
        assertThat(costs.get(1).get("group").asString()).isEqualTo("spring-sale");
        assertThat(costs.get(1).get("amount").decimalValue()).isEqualByComparingTo("0.0300");
    }

    @Test
    void aMessageToAnErasedContactIsPricedInTheOtherMarket() {
        var event = new MessagePriced(
                tenant.workspaceId(),
                MessageId.random(),
                ContactId.of(UUID.randomUUID()),
                ChannelId.of(UUID.randomUUID()),
                "wamid.gone-" + UUID.randomUUID(),
                true,
                "pmp",
                "marketing",
                "regular",
                null,
                Instant.parse("2026-11-02T09:00:00Z"),
                SendSource.API,
                null);
        publish(event);
        assertThat(awaitRow(event.messageId().toString()))
                .isEqualTo(new Row("OTHER", "MARKETING", "regular", true, new BigDecimal("0.0604"), "USD"));
    }

    private MessagePriced priced(
            WorkspaceId workspace,
            ContactId contact,
            ChannelId channel,
            JsonNode pricing,
            String conversation,
            String at) {
        return new MessagePriced(
                workspace,
                MessageId.random(),
                contact,
                channel,
                "wamid.cbp-" + UUID.randomUUID(),
                pricing.get("billable").asBoolean(),
                pricing.get("pricing_model").asString().toLowerCase(java.util.Locale.ROOT),
                pricing.get("category").asString(),
                null,
                conversation,
                Instant.parse(at),
                SendSource.API,
                null);
    }

    /** As messaging publishes it: inside a transaction, delivered to billing after the commit. */
    private void publish(MessagePriced event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private void setCap(String amount) {
        var response = scene.api.call(
                "PUT",
                "/api/v1/billing/budget",
                tenant.apiKey(),
                HttpApi.json(Map.of("amount", new BigDecimal(amount), "currency", "USD")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("cap").decimalValue()).isEqualByComparingTo(amount);
    }

    /**
     * Meta's published PMP "sent" status ({@code status-sent-pmp.json}: a charged marketing message) moved onto
     * this number, message and time.
     */
    private String fixtureStatus(String wamid, String waId, String status, long epochSecond) {
        var fixture = (ObjectNode) JSON.readTree(Webhooks.fixture("status-sent-pmp.json"));
        var value =
                (ObjectNode) fixture.get("entry").get(0).get("changes").get(0).get("value");
        ((ObjectNode) value.get("metadata")).put("phone_number_id", scene.sandbox.phoneNumberId());
        var entry = (ObjectNode) value.get("statuses").get(0);
        assertThat(entry.get("pricing").get("type").asString()).isEqualTo("regular");
        entry.put("id", wamid)
                .put("recipient_id", waId)
                .put("status", status)
                .put("timestamp", String.valueOf(epochSecond));
        return value.toString();
    }

    private Row awaitRow(String messageId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> rows(messageId), r -> r.size() == 1)
                .getFirst();
    }

    private List<Row> rows(String messageId) {
        return jdbc.sql("""
                        select country, category, pricing_type, billable, amount, currency from billing_ledger
                         where workspace_id = :workspace and message_id = :message""")
                .param("workspace", tenant.workspaceId().value())
                .param("message", UUID.fromString(messageId))
                .query((rs, n) -> new Row(
                        rs.getString("country"),
                        rs.getString("category"),
                        rs.getString("pricing_type"),
                        rs.getBoolean("billable"),
                        rs.getBigDecimal("amount").stripTrailingZeros(),
                        rs.getString("currency")))
                .list();
    }
}

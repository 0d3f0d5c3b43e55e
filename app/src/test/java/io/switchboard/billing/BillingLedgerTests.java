package io.switchboard.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real sends through the embedded sandbox, whose status webhooks carry Meta's pricing objects: the ledger,
 * the cost report and the budget cap in the outbound policy.
 */
abstract class BillingLedgerTests {
    /** A ledger row as stored. */
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
        var disagreeing = status(replyWamid, chatting, "sent", early, true);
        scene.sandbox.webhook(disagreeing);
        scene.sandbox.webhook(disagreeing);
        scene.sandbox.webhook(status(replyWamid, chatting, "read", Instant.now().getEpochSecond(), true));
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

    private void setCap(String amount) {
        var response = scene.api.call(
                "PUT",
                "/api/v1/billing/budget",
                tenant.apiKey(),
                HttpApi.json(Map.of("amount", new BigDecimal(amount), "currency", "USD")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("cap").decimalValue()).isEqualByComparingTo(amount);
    }

    private String status(String wamid, String waId, String status, long epochSecond, boolean charged) {
        var pricing = charged
                ? "{\"billable\":true,\"pricing_model\":\"PMP\",\"type\":\"regular\",\"category\":\"marketing\"}"
                : "{\"billable\":false,\"pricing_model\":\"PMP\",\"type\":\"free_customer_service\",\"category\":\"service\"}";
        return """
                {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550100","phone_number_id":"%s"},
                 "statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"%s","pricing":%s}]}""".formatted(scene.sandbox.phoneNumberId(), wamid, status, epochSecond, waId, pricing);
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

package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.FormSession;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger in the outbound policy, end to end through the embedded sandbox: a marketing template needs
 * consent, goes out once it is granted, and is refused OPTED_OUT after the customer writes an opt-out
 * keyword; the customer's phone gets the confirmation in the keyword's language.
 */
@PostgresAppTest
class ConsentPolicyTests {
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

    ConsentSandbox sandbox;

    @BeforeEach
    void sandbox() {
        var tenant = new Tenants(workspaces, users, keys).create("Consent " + UUID.randomUUID());
        sandbox = new ConsentSandbox(new HttpApi(port), tenant, jdbc);
    }

    @Test
    void marketingNeedsConsentAndStopsAfterStop() {
        var waId = SandboxInbox.newCustomer();
        var contact = sandbox.newCustomerWrites(waId, "Any offers this week?");

        var refused = sandbox.sendTemplate(contact);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("reason").asString()).isEqualTo("NO_MARKETING_CONSENT");
        assertThat(sandbox.phone(waId)).doesNotContain(sandbox.template);

        assertThat(sandbox.grant(contact, "Ticked the offers box at checkout").status())
                .isEqualTo(201);
        var sent = sandbox.sendTemplate(contact);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.phone(waId).contains(sandbox.template));

        sandbox.inbox.customerWrites(waId, "stop");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.marketing(contact).equals("WITHDRAWN"));
        var latest = sandbox.consent(contact).get("marketing");
        assertThat(latest.get("source").asString()).isEqualTo("INBOUND_KEYWORD");
        assertThat(latest.get("proof").asString()).endsWith(": stop");
        assertThat(latest.get("actor").asString()).isEqualTo("system");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.phone(waId).contains("You will no longer receive marketing messages"));

        var optedOut = sandbox.sendTemplate(contact);
        assertThat(optedOut.status()).isEqualTo(422);
        assertThat(optedOut.json().get("reason").asString()).isEqualTo("OPTED_OUT");
    }

    @Test
    void keywordsOfOtherLanguagesAreConfirmedInThatLanguage() {
        var italian = SandboxInbox.newCustomer();
        var german = SandboxInbox.newCustomer();
        var italianContact = sandbox.newCustomerWrites(italian, "Ciao");
        var germanContact = sandbox.newCustomerWrites(german, "Hallo");
        sandbox.grant(italianContact, "Modulo di iscrizione");
        sandbox.grant(germanContact, "Anmeldeformular");

        sandbox.inbox.customerWrites(italian, "Annulla");
        sandbox.inbox.customerWrites(german, "  STOPP ");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.phone(italian).contains("Non riceverai più messaggi promozionali"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.phone(german).contains("Sie erhalten keine Werbenachrichten mehr"));
        assertThat(sandbox.marketing(italianContact)).isEqualTo("WITHDRAWN");
        assertThat(sandbox.marketing(germanContact)).isEqualTo("WITHDRAWN");
        assertThat(sandbox.sendTemplate(germanContact).json().get("reason").asString())
                .isEqualTo("OPTED_OUT");
    }

    @Test
    void aMessageThatOnlyContainsAKeywordIsConversation() {
        var waId = SandboxInbox.newCustomer();
        var contact = sandbox.newCustomerWrites(waId, "Hi");
        sandbox.grant(contact, "Signed up on the website");

        sandbox.writesAndIsHandled(waId, "stop please");
        sandbox.writesAndIsHandled(waId, "stopwatch");
        // A "Cancel" button of ours (say, under an order message) answers that question; it is no opt-out.
        sandbox.tapsButtonAndIsHandled(waId, "Cancel");

        assertThat(sandbox.marketing(contact)).isEqualTo("GRANTED");
        assertThat(sandbox.consent(contact).get("history")).hasSize(1);
        assertThat(sandbox.phone(waId)).doesNotContain("You will no longer");
        assertThat(sandbox.sendTemplate(contact).status()).isEqualTo(202);
    }

    @Test
    void anOptInKeywordGrantsMarketing() {
        var waId = SandboxInbox.newCustomer();
        var contact = sandbox.newCustomerWrites(waId, "Hi");
        sandbox.inbox.customerWrites(waId, "START");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.marketing(contact).equals("GRANTED"));
        assertThat(sandbox.consent(contact).get("marketing").get("source").asString())
                .isEqualTo("INBOUND_KEYWORD");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.phone(waId).contains("You are subscribed to our marketing messages"));
        assertThat(sandbox.sendTemplate(contact).status()).isEqualTo(202);
    }

    @Test
    void tappingStopPromotionsOnAMarketingTemplateOptsOut() {
        var waId = SandboxInbox.newCustomer();
        var contact = sandbox.newCustomerWrites(waId, "Hi");
        sandbox.grant(contact, "Loyalty card form");
        sandbox.inbox.customerSends(
                waId, Map.of("type", "button", "button", Map.of("payload", "opt-out", "text", "Stop promotions")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.marketing(contact).equals("WITHDRAWN"));
        assertThat(sandbox.consent(contact).get("marketing").get("proof").asString())
                .contains("button message", "Stop promotions");
        assertThat(sandbox.sendTemplate(contact).json().get("reason").asString())
                .isEqualTo("OPTED_OUT");
    }

    @Test
    void theInboxSendsMarketingTemplatesThroughTheSamePolicy() {
        var waId = SandboxInbox.newCustomer();
        var contact = sandbox.newCustomerWrites(waId, "Tell me about offers");
        var conversation = conversationOf(waId);
        var template = HttpApi.json(Map.of(
                "content",
                Map.of(
                        "kind",
                        "template",
                        "name",
                        sandbox.template,
                        "language",
                        "en_US",
                        "bodyParameters",
                        List.of("10%"))));
        var path = "/api/v1/conversations/" + conversation + "/messages";

        var refused = sandbox.api.call("POST", path, sandbox.tenant.apiKey(), template);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("reason").asString()).isEqualTo("NO_MARKETING_CONSENT");

        sandbox.grant(contact, "Asked for offers in the chat");
        assertThat(sandbox.api
                        .call("POST", path, sandbox.tenant.apiKey(), template)
                        .status())
                .isEqualTo(202);

        sandbox.inbox.customerWrites(waId, "UNSUBSCRIBE");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.marketing(contact).equals("WITHDRAWN"));
        var optedOut = sandbox.api.call("POST", path, sandbox.tenant.apiKey(), template);
        assertThat(optedOut.status()).isEqualTo(422);
        assertThat(optedOut.json().get("reason").asString()).isEqualTo("OPTED_OUT");
    }

    @Test
    void theComposersTemplatePickerMeetsTheSamePolicy() {
        var waId = SandboxInbox.newCustomer();
        var contact = sandbox.newCustomerWrites(waId, "Any news?");
        var conversation = conversationOf(waId);
        var agent = new FormSession(port);
        agent.signIn(sandbox.tenant.ownerEmail(), sandbox.tenant.ownerPassword());
        assertThat(agent.get("/inbox?c=" + conversation).body()).contains(sandbox.template);
        var form = "/inbox/conversations/" + conversation + "/template";
        var choice = sandbox.template + "|en_US";

        var refused = agent.post(
                form,
                Map.of(
                        "template",
                        choice,
                        "variable",
                        "15%",
                        "key",
                        UUID.randomUUID().toString()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("data-testid=\"reply-problem\"", "has not agreed to receive marketing");

        sandbox.grant(contact, "Opted in at the shop counter");
        var sent = agent.post(
                form,
                Map.of(
                        "template",
                        choice,
                        "variable",
                        "15%",
                        "key",
                        UUID.randomUUID().toString()));
        assertThat(sent.body()).doesNotContain("reply-problem");
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.phone(waId).contains(sandbox.template));

        sandbox.inbox.customerWrites(waId, "Stop");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.marketing(contact).equals("WITHDRAWN"));
        var optedOut = agent.post(
                form,
                Map.of(
                        "template",
                        choice,
                        "variable",
                        "15%",
                        "key",
                        UUID.randomUUID().toString()));
        assertThat(optedOut.body()).contains("data-testid=\"reply-problem\"", "opted out of marketing");
    }

    /** An opted-out customer still gets the agent's free-form reply: consent governs marketing, not service. */
    @Test
    void anOptedOutCustomerStillGetsTheAgentsReplyFromTheComposer() {
        var waId = SandboxInbox.newCustomer();
        var contact = sandbox.newCustomerWrites(waId, "Where is my order?");
        sandbox.inbox.customerWrites(waId, "STOP");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.marketing(contact).equals("WITHDRAWN"));

        var conversation = conversationOf(waId);
        var agent = new FormSession(port);
        agent.signIn(sandbox.tenant.ownerEmail(), sandbox.tenant.ownerPassword());
        assertThat(agent.get("/inbox?c=" + conversation).status()).isEqualTo(200);
        var reply = agent.post(
                "/inbox/conversations/" + conversation + "/reply",
                Map.of(
                        "body",
                        "Your order ships tomorrow.",
                        "key",
                        UUID.randomUUID().toString()));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("reply-problem");
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.phone(waId).contains("Your order ships tomorrow."));
        assertThat(sandbox.sendTemplate(contact).json().get("reason").asString())
                .isEqualTo("OPTED_OUT");
    }

    private String conversationOf(String waId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> sandbox.api
                                .get(
                                        "/api/v1/conversations?channel=" + sandbox.inbox.channelId(),
                                        sandbox.tenant.apiKey())
                                .json(),
                        list -> list.size() == 1)
                .get(0)
                .get("id")
                .asString();
    }
}

package io.switchboard.sandbox;

import static io.switchboard.sandbox.SendMessagesTests.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Meta's sending rules, each producing its code synchronously or as a failed status webhook. */
class PolicyTests extends SandboxTestSupport {

    @Test
    void freeFormOutsideTheWindowIsAcceptedThenFailsWith131047() {
        var to = newCustomer();
        var wamid = sendOk(text(to, "hello?"));
        var failed = awaitStatus(wamid, "failed");
        assertThat(failed.path("errors").get(0).path("code").asInt()).isEqualTo(131047);
        var fixture = Fixtures.read("webhooks/status-failed-131047.json")
                .path("entry")
                .get(0)
                .path("changes")
                .get(0)
                .path("value")
                .path("statuses")
                .get(0);
        assertThat(Fixtures.paths(failed)).containsAll(Fixtures.paths(fixture));
    }

    @Test
    void expireWindowClosesAnOpenWindow() {
        var to = newCustomer();
        customerSays(to, "hi");
        awaitStatus(sendOk(text(to, "inside")), "delivered");
        client.post("/sandbox/control/customers/" + to + "/expire-window?phone_number_id=" + number, null, "{}");
        var failed = awaitStatus(sendOk(text(to, "after")), "failed");
        assertThat(failed.path("errors").get(0).path("code").asInt()).isEqualTo(131047);
    }

    @Test
    void templateRulesAnswer132001And132000And132015() {
        var id = approvedTemplate("shipping_note", "UTILITY", "Hi {{1}}, parcel {{2}} is on its way.", "\"A\",\"B\"");
        var to = newCustomer();
        assertCode(send(template(to, "no_such_template", "")), 400, 132001);
        assertCode(send(template(to, "shipping_note", "{\"type\":\"text\",\"text\":\"only one\"}")), 400, 132000);
        client.put("/sandbox/control/templates/" + id, null, "{\"status\":\"PAUSED\"}");
        assertCode(
                send(template(
                        to, "shipping_note", "{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\"}")),
                400,
                132015);
    }

    @Test
    void marketingToACustomerWhoStoppedFailsWith131050() {
        approvedTemplate("summer_sale", "MARKETING", "Hi {{1}}, our summer sale starts today.", "\"A\"");
        var to = newCustomer();
        client.post("/sandbox/control/customers/" + to + "/stop-marketing?phone_number_id=" + number, null, "{}");
        var failed = awaitStatus(sendOk(template(to, "summer_sale", "{\"type\":\"text\",\"text\":\"Ada\"}")), "failed");
        assertThat(failed.path("errors").get(0).path("code").asInt()).isEqualTo(131050);
        client.post("/sandbox/control/customers/" + to + "/resume-marketing?phone_number_id=" + number, null, "{}");
        awaitStatus(sendOk(template(to, "summer_sale", "{\"type\":\"text\",\"text\":\"Ada\"}")), "delivered");
    }

    @Test
    void throughputAboveTheNumbersRateAnswers130429() {
        client.put("/sandbox/control/numbers/" + number, null, "{\"throughput\":3}");
        var codes = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 10; i++) {
            var response = send(text(newCustomer(), "burst " + i));
            codes.add(response.status() == 200 ? 200 : code(response));
        }
        assertThat(codes).contains(130429);
        var limited = send(text(newCustomer(), "again"));
        if (limited.status() != 200) {
            assertCode(limited, 429, 130429);
            assertThat(Fixtures.paths(limited.json()))
                    .containsAll(
                            Fixtures.paths(Fixtures.read("requests/error-130429-rate-limit.response.json")).stream()
                                    .filter(p -> !p.contains("subcode"))
                                    .toList());
        }
    }

    @Test
    void sameRecipientFasterThanThePairRateAnswers131056() {
        var to = newCustomer();
        customerSays(to, "hi");
        // Test setting: burst 20, then one message per 6 s.
        for (int i = 0; i < 20; i++) {
            sendOk(text(to, "m" + i));
        }
        assertCode(send(text(to, "one too many")), 429, 131056);
        assertThat(send(text(newCustomer(), "other recipient")).status()).isEqualTo(200);
    }

    @Test
    void messagingLimitCapsUniqueUsersOutsideTheWindowPerPortfolio() {
        approvedTemplate("limit_probe", "UTILITY", "Hello {{1}}, this is a limit probe.", "\"A\"");
        JsonNode last = null;
        for (int i = 0; i < 251; i++) {
            last = send(template(newCustomer(), "limit_probe", "{\"type\":\"text\",\"text\":\"x\"}"))
                    .json();
        }
        var failed = awaitStatus(last.path("messages").get(0).path("id").asString(), "failed");
        assertThat(failed.path("errors").get(0).path("code").asInt()).isEqualTo(131048);
        client.put("/sandbox/control/limits", null, "{\"enabled\":false}");
        var free = sendOk(template(newCustomer(), "limit_probe", "{\"type\":\"text\",\"text\":\"x\"}"));
        awaitStatus(free, "sent");
    }

    static String template(String to, String name, String bodyParams) {
        return """
                {"messaging_product":"whatsapp","to":"+%s","type":"template","template":{"name":"%s",
                 "language":{"code":"en_US"},"components":[{"type":"body","parameters":[%s]}]}}""".formatted(to, name, bodyParams);
    }
}

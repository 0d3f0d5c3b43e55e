package io.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;

class ControlTests extends SandboxTestSupport {

    @Test
    void listsNumbersWithoutSecrets() {
        var numbers = client.get("/sandbox/control/numbers", null);
        assertThat(numbers.status()).isEqualTo(200);
        assertThat(new String(numbers.bytes())).doesNotContain(TOKEN, SECRET, VERIFY);
        assertThat(numbers.json()
                        .valueStream()
                        .map(n -> n.path("phone_number_id").asString()))
                .contains(number, "100000000000001");
    }

    @Test
    void refusesCallbacksOffThisMachine() {
        var response = client.put("/sandbox/control/numbers/123/registration", null, """
                {"waba_id":"1","display_phone_number":"+1 555","verified_name":"x","access_token":"t","app_secret":"s",
                 "verify_token":"v","callback_url":"http://169.254.169.254/latest"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains("not loopback");
    }

    @Test
    void registrationSurvivesACallbackThatIsNotUpYet() {
        var response = client.put("/sandbox/control/numbers/555/registration", null, """
                {"waba_id":"1","display_phone_number":"+1 555","verified_name":"x","access_token":"t","app_secret":"s",
                 "verify_token":"v","callback_url":"http://127.0.0.1:9/nothing"}""");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("verified").asBoolean()).isFalse();
    }

    @Test
    void graphReportsTheNumberAndItsMessagingLimit() {
        var phone = client.get("/sandbox/graph/v24.0/" + number, TOKEN).json();
        assertThat(phone.path("display_phone_number").asString()).isEqualTo(DISPLAY);
        assertThat(phone.path("quality_rating").asString()).isEqualTo("GREEN");
        assertThat(phone.path("throughput").path("level").asString()).isEqualTo("HIGH");
        var limit = client.get(
                "/sandbox/graph/v24.0/" + number + "?fields=whatsapp_business_manager_messaging_limit", TOKEN);
        assertThat(Fixtures.paths(limit.json()))
                .isEqualTo(Fixtures.paths(Fixtures.read("requests/get-messaging-limit.response.json")));
        assertThat(limit.json()
                        .path("whatsapp_business_manager_messaging_limit")
                        .asString())
                .isEqualTo("TIER_250");
    }

    @Test
    void qualityAndTierChangesEmitWebhooks() {
        client.put(
                "/sandbox/control/numbers/" + number,
                null,
                "{\"quality_rating\":\"RED\",\"messaging_limit_tier\":\"TIER_10K\"}");
        await().until(() -> RECEIVER.values("phone_number_quality_update").size() == 2
                && RECEIVER.values("business_capability_update").size() == 1);
        var flagged = RECEIVER.values("phone_number_quality_update").getFirst();
        assertThat(Fixtures.paths(flagged))
                .containsAll(Fixtures.paths(Fixtures.read("webhooks/quality-update-flagged.json")
                        .path("entry")
                        .get(0)
                        .path("changes")
                        .get(0)
                        .path("value")));
        assertThat(flagged.path("event").asString()).isEqualTo("FLAGGED");
        assertThat(flagged.path("current_limit").asString()).isEqualTo("TIER_10K");
        assertThat(RECEIVER.values("business_capability_update")
                        .getFirst()
                        .path("max_daily_conversations_per_business")
                        .asInt())
                .isEqualTo(10_000);
        assertThat(client.get("/sandbox/graph/v23.0/" + number, TOKEN)
                        .json()
                        .path("quality_rating")
                        .asString())
                .isEqualTo("RED");
    }

    @Test
    void stopMarketingSendsUserPreferences() {
        var waId = newCustomer();
        customerSays(waId, "hi");
        client.post("/sandbox/control/customers/" + waId + "/stop-marketing?phone_number_id=" + number, null, "{}");
        await().until(() -> !RECEIVER.values("user_preferences").isEmpty());
        var preference = RECEIVER.values("user_preferences")
                .getFirst()
                .path("user_preferences")
                .get(0);
        assertThat(preference.path("wa_id").asString()).isEqualTo(waId);
        assertThat(preference.path("value").asString()).isEqualTo("stop");
        assertThat(preference.path("category").asString()).isEqualTo("marketing_messages");
    }

    @Test
    void resetForgetsCustomersAndCounters() {
        var waId = newCustomer();
        customerSays(waId, "hi");
        assertThat(client.get("/sandbox/control/stats", null)
                        .json()
                        .path("numbers")
                        .path(number)
                        .path("inbound")
                        .asInt())
                .isEqualTo(1);
        client.post("/sandbox/control/reset", null, "{}");
        assertThat(client.get("/sandbox/control/customers/" + waId + "/messages", null)
                        .json()
                        .path("messages"))
                .isEmpty();
        assertThat(client.get("/sandbox/control/stats", null)
                        .json()
                        .path("numbers")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void servesThePhonePage() {
        var page = client.get("/sandbox/phone", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.bytes())).contains("phone.js");
        assertThat(client.get("/sandbox/phone/phone.js", null).status()).isEqualTo(200);
    }
}

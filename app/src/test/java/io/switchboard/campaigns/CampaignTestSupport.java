package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A tenant with its own sandbox number and approved templates, for campaign tests. */
final class CampaignTestSupport {
    final HttpApi api;
    final Tenants.Tenant tenant;
    final SandboxInbox sandbox;

    CampaignTestSupport(HttpApi api, Tenants.Tenant tenant) {
        this.api = api;
        this.tenant = tenant;
        this.sandbox = new SandboxInbox(api, tenant);
    }

    /** Creates and submits a template, and waits for the sandbox to approve it; returns its name. */
    String approvedTemplate(String category, String body, Map<String, String> examples) {
        var name = category.toLowerCase() + "_" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.call(
                "POST",
                "/api/v1/templates",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "channelId",
                        sandbox.channelId(),
                        "name",
                        name,
                        "language",
                        "en_US",
                        "category",
                        category,
                        "body",
                        Map.of("text", body, "examples", examples))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        api.call("POST", "/api/v1/templates/" + id + "/submit", tenant.apiKey(), null);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/templates/" + id, tenant.apiKey())
                                .json()
                                .path("status")
                                .asString(),
                        "APPROVED"::equals);
        return name;
    }

    JsonNode create(String template, List<Map<String, String>> parameters, Map<String, Object> audience) {
        var response = api.call(
                "POST",
                "/api/v1/campaigns",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "name",
                        "Campaign " + template,
                        "channelId",
                        sandbox.channelId(),
                        "templateName",
                        template,
                        "templateLanguage",
                        "en_US",
                        "parameters",
                        parameters,
                        "audience",
                        audience)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** {@code POST /api/v1/campaigns} of an en_US template to this audience, with a send window if given. */
    HttpApi.Response createCall(
            String name, String template, Map<String, Object> audience, @Nullable Map<String, String> sendWindow) {
        var body = new LinkedHashMap<String, Object>(Map.of(
                "name",
                name,
                "channelId",
                sandbox.channelId(),
                "templateName",
                template,
                "templateLanguage",
                "en_US",
                "audience",
                audience));
        if (sendWindow != null) {
            body.put("sendWindow", sendWindow);
        }
        return api.call("POST", "/api/v1/campaigns", tenant.apiKey(), HttpApi.json(body));
    }

    HttpApi.Response post(String path, String body) {
        return api.call("POST", path, tenant.apiKey(), body);
    }

    JsonNode stats(String campaign) {
        return api.get("/api/v1/campaigns/" + campaign + "/stats", tenant.apiKey())
                .json();
    }

    JsonNode campaign(String campaign) {
        return api.get("/api/v1/campaigns/" + campaign, tenant.apiKey()).json();
    }

    /** What the sandbox delivered to this customer's phone from our number. */
    String phone(String customer) {
        return api.get(
                        "/sandbox/control/customers/" + customer + "/messages?phone_number_id="
                                + sandbox.phoneNumberId(),
                        null)
                .json()
                .get("messages")
                .toString();
    }

    /** How many messages of this template the customer's phone received. */
    int received(String customer, String template) {
        return occurrences(phone(customer), "\"rendered\":{\"name\":\"" + template + "\"");
    }

    static int occurrences(String haystack, String needle) {
        return haystack.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}

package io.switchboard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Rate cards, CSV import and estimates over the API, on the sample card the migration seeds. */
abstract class BillingApiTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    HttpApi api;
    Tenants.Tenant tenant;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        tenant = new Tenants(workspaces, users, keys).create("Billing");
    }

    @Test
    void theRateInForceIsTheLatestLineOnOrBeforeTheDay() {
        // The CBP card until 2025-06-30, the PMP card from 2025-07-01 (sample prices of the migration).
        assertThat(rate(tenant, "IT", "UTILITY", "2025-06-30T23:59:59Z"))
                .isEqualTo(line("CBP", "0.0378", "2024-11-01"));
        assertThat(rate(tenant, "IT", "UTILITY", "2025-07-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.0300", "2025-07-01"));
        assertThat(rate(tenant, "DE", "MARKETING", "2025-07-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.1365", "2025-07-01"));
        // Service inside the window: free until 2026-09-30, then charged at the market's utility rate.
        assertThat(rate(tenant, "IT", "SERVICE", "2026-09-30T23:59:59Z")).isEqualTo(line("PMP", "0", "2025-07-01"));
        assertThat(rate(tenant, "IT", "SERVICE", "2026-10-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.0300", "2026-10-01"));
        // The same boundary through the pricing of a send (the estimate), outside the service window.
        assertThat(estimateTotal("UTILITY", "+393471234567", "2025-06-30T23:59:59Z"))
                .isEqualByComparingTo("0.0378");
        assertThat(estimateTotal("UTILITY", "+393471234567", "2025-07-01T00:00:00Z"))
                .isEqualByComparingTo("0.0300");
        // Nothing before the first card.
        assertThat(rate(tenant, "IT", "UTILITY", "2024-10-31T23:59:59Z")).isNull();
    }

    @Test
    void aWorkspaceOverrideWinsOnlyInItsWorkspaceAndFromItsDate() {
        var created = api.call(
                "POST",
                "/api/v1/billing/rates",
                tenant.apiKey(),
                HttpApi.json(Map.of(
                        "country", "it",
                        "category", "marketing",
                        "model", "PMP",
                        "price", new BigDecimal("0.0500"),
                        "currency", "usd",
                        "effectiveFrom", "2026-01-01")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("global").asBoolean()).isFalse();
        assertThat(created.json().get("country").asString()).isEqualTo("IT");

        assertThat(rate(tenant, "IT", "MARKETING", "2025-12-31T23:59:59Z"))
                .isEqualTo(line("PMP", "0.0691", "2025-07-01"));
        assertThat(rate(tenant, "IT", "MARKETING", "2026-01-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.05", "2026-01-01"));
        var other = new Tenants(workspaces, users, keys).create("Other billing");
        assertThat(rate(other, "IT", "MARKETING", "2026-01-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.0691", "2025-07-01"));

        var deleted = api.call(
                "DELETE", "/api/v1/billing/rates/" + created.json().get("id").asString(), tenant.apiKey(), null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(rate(tenant, "IT", "MARKETING", "2026-01-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.0691", "2025-07-01"));
    }

    @Test
    void theDefaultCardCannotBeChangedWithAnApiKey() {
        var global = api.get("/api/v1/billing/rates", tenant.apiKey()).json().get(0);
        assertThat(global.get("global").asBoolean()).isTrue();
        var refused =
                api.call("DELETE", "/api/v1/billing/rates/" + global.get("id").asString(), tenant.apiKey(), null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/billing/rates", tenant.apiKey()).json().get(0))
                .isEqualTo(global);
    }

    @Test
    void csvImportKeepsTheGoodRowsAndListsTheBadOnesWithTheirReason() {
        var csv = """
                country,category,model,price,currency,effective_from
                IT,MARKETING,PMP,0.0700,USD,2027-01-01
                XX1,MARKETING,PMP,0.0700,USD,2027-01-01
                DE,FAX,PMP,0.0700,USD,2027-01-01
                ES;UTILITY;PMP;0.0210;USD;2027-01-01
                FR,UTILITY,PMP,cheap,USD,2027-01-01
                GB,UTILITY,PMP,0.0200,USD,01/01/2027
                US,UTILITY,PMP,0.0040
                IT,MARKETING,PMP,0.0710,USD,2027-01-01
                other,authentication_international,PMP,0.0300,USD,2027-01-01
                """;
        var response =
                api.call("POST", "/api/v1/billing/rates/import", tenant.apiKey(), HttpApi.json(Map.of("csv", csv)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var report = response.json();
        assertThat(report.get("accepted").asInt()).isEqualTo(3);
        var reasons = new java.util.TreeMap<Integer, String>();
        report.get("rejected")
                .forEach(r -> reasons.put(r.get("line").asInt(), r.get("reason").asString()));
        assertThat(reasons.keySet()).containsExactly(3, 4, 6, 7, 8, 9);
        assertThat(reasons.get(3)).contains("country");
        assertThat(reasons.get(4)).contains("category");
        assertThat(reasons.get(6)).contains("price");
        assertThat(reasons.get(7)).contains("date");
        assertThat(reasons.get(8)).contains("6 columns");
        assertThat(reasons.get(9)).contains("line 2");

        assertThat(rate(tenant, "IT", "MARKETING", "2027-01-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.07", "2027-01-01"));
        assertThat(rate(tenant, "ES", "UTILITY", "2027-01-01T00:00:00Z")).isEqualTo(line("PMP", "0.021", "2027-01-01"));
        assertThat(rate(tenant, "DE", "MARKETING", "2027-01-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.1365", "2025-07-01"));
        // Imported again: the same market, category and date replace the line, never duplicate it.
        api.call(
                "POST",
                "/api/v1/billing/rates/import",
                tenant.apiKey(),
                HttpApi.json(Map.of("csv", "IT,MARKETING,PMP,0.0720,USD,2027-01-01")));
        var own = new java.util.ArrayList<JsonNode>();
        api.get("/api/v1/billing/rates", tenant.apiKey()).json().forEach(r -> {
            if (!r.get("global").asBoolean()) {
                own.add(r);
            }
        });
        assertThat(own).hasSize(3);
        assertThat(rate(tenant, "IT", "MARKETING", "2027-01-01T00:00:00Z"))
                .isEqualTo(line("PMP", "0.072", "2027-01-01"));
    }

    @Test
    void anEstimatePricesEachMarketAndSumsThem() {
        var estimate = estimate(Map.of(
                "category", "MARKETING",
                "recipients", List.of("+39 347 123 4567", "393471234568", "+4915112345678", "de", "+99212345678"),
                "at", "2026-11-02T10:00:00Z"));
        // Sample PMP card: IT 0.0691, DE 0.1365, Tajikistan (+992) has no line of its own: OTHER 0.0604.
        assertThat(estimate.get("total").decimalValue()).isEqualByComparingTo("0.4716");
        assertThat(estimate.get("currency").asString()).isEqualTo("USD");
        var markets = new java.util.TreeMap<String, String>();
        estimate.get("markets")
                .forEach(m -> markets.put(
                        m.get("country").asString(),
                        m.get("recipients").asInt() + " x "
                                + m.get("unitPrice")
                                        .decimalValue()
                                        .stripTrailingZeros()
                                        .toPlainString()));
        assertThat(markets)
                .containsExactly(
                        Map.entry("DE", "2 x 0.1365"), Map.entry("IT", "2 x 0.0691"), Map.entry("OTHER", "1 x 0.0604"));
    }

    @Test
    void utilityInsideTheWindowIsFreeUntilOctober2026() {
        var before = estimate(Map.of(
                "category",
                "UTILITY",
                "recipients",
                List.of("+393471234567"),
                "at",
                "2026-09-30T12:00:00Z",
                "serviceWindowOpen",
                true));
        assertThat(before.get("total").decimalValue()).isEqualByComparingTo("0");
        assertThat(before.get("markets").get(0).get("charged").asBoolean()).isFalse();
        var after = estimate(Map.of(
                "category",
                "UTILITY",
                "recipients",
                List.of("+393471234567"),
                "at",
                "2026-10-01T00:00:00Z",
                "serviceWindowOpen",
                true));
        assertThat(after.get("total").decimalValue()).isEqualByComparingTo("0.0300");
        var outside = estimate(
                Map.of("category", "UTILITY", "recipients", List.of("+393471234567"), "at", "2026-09-30T12:00:00Z"));
        assertThat(outside.get("total").decimalValue()).isEqualByComparingTo("0.0300");
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        var estimate = api.call(
                "POST",
                "/api/v1/billing/estimate",
                tenant.apiKey(),
                HttpApi.json(Map.of("category", "FAX", "recipients", List.of("+39347"))));
        assertThat(estimate.status()).isEqualTo(400);
        assertThat(estimate.contentType()).startsWith("application/problem+json");
        assertThat(estimate.json().path("errors").has("category")).isTrue();
        var cap = api.call("PUT", "/api/v1/billing/budget", tenant.apiKey(), HttpApi.json(Map.of("amount", -1)));
        assertThat(cap.status()).isEqualTo(400);
        assertThat(cap.json().path("errors").has("amount")).isTrue();
        var costs = api.get("/api/v1/billing/costs?groupBy=planet", tenant.apiKey());
        assertThat(costs.status()).isEqualTo(400);
        var missing = api.call("DELETE", "/api/v1/billing/rates/" + java.util.UUID.randomUUID(), tenant.apiKey(), null);
        assertThat(missing.status()).isEqualTo(404);
    }

    private BigDecimal estimateTotal(String category, String recipient, String at) {
        return estimate(Map.of("category", category, "recipients", List.of(recipient), "at", at))
                .get("total")
                .decimalValue();
    }

    private JsonNode estimate(Map<String, Object> body) {
        var response = api.call("POST", "/api/v1/billing/estimate", tenant.apiKey(), HttpApi.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The line in force as "MODEL price since", or null. */
    private String rate(Tenants.Tenant who, String country, String category, String at) {
        var lines = api.get("/api/v1/billing/rates/in-force?at=" + at, who.apiKey());
        assertThat(lines.status()).as(lines.body()).isEqualTo(200);
        for (var line : lines.json()) {
            if (line.get("country").asString().equals(country)
                    && line.get("category").asString().equals(category)) {
                return line(
                        line.get("model").asString(),
                        line.get("price").decimalValue().stripTrailingZeros().toPlainString(),
                        line.get("effectiveFrom").asString());
            }
        }
        return null;
    }

    private static String line(String model, String price, String since) {
        return model + " " + new BigDecimal(price).stripTrailingZeros().toPlainString() + " since " + since;
    }
}

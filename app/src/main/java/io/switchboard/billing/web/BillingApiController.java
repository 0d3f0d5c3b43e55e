package io.switchboard.billing.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.billing.BillingException;
import io.switchboard.billing.Budget;
import io.switchboard.billing.Budgets;
import io.switchboard.billing.CostEstimates;
import io.switchboard.billing.CostGrouping;
import io.switchboard.billing.CostLine;
import io.switchboard.billing.CostReports;
import io.switchboard.billing.Estimate;
import io.switchboard.billing.PricingCategory;
import io.switchboard.billing.Rate;
import io.switchboard.billing.RateCards;
import io.switchboard.billing.RateImport;
import io.switchboard.billing.RateScope;
import io.switchboard.billing.internal.RateCsv;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rate cards, cost estimates, cost reports and the budget cap. An API key changes its workspace's overrides
 * only; the installation's default card is changed by instance administrators on the /billing page.
 */
@RestController
@RequestMapping("/api/v1/billing")
@Tag(name = "Billing")
class BillingApiController {
    /** A CSV rate card in the body: {@code country,category,model,price,currency,effective_from}. */
    record ImportRequest(@Nullable String csv) {}

    /**
     * Recipients of one message each: phone numbers, WhatsApp ids or markets ({@code IT}, {@code OTHER}).
     * {@code at} defaults to now, {@code serviceWindowOpen} to false.
     */
    record EstimateRequest(
            @Nullable String category,
            @Nullable List<String> recipients,
            @Nullable Instant at,
            @Nullable Boolean serviceWindowOpen) {}

    /** A monthly cap. */
    record BudgetRequest(
            @Nullable BigDecimal amount, @Nullable String currency) {}

    private final RateCards rates;
    private final CostEstimates estimates;
    private final CostReports reports;
    private final Budgets budgets;
    private final Clock clock;

    BillingApiController(RateCards rates, CostEstimates estimates, CostReports reports, Budgets budgets, Clock clock) {
        this.rates = rates;
        this.estimates = estimates;
        this.reports = reports;
        this.budgets = budgets;
        this.clock = clock;
    }

    /** Every line this workspace sees: the defaults ({@code global}) and its overrides. */
    @GetMapping("/rates")
    List<Rate> rates(@AuthenticationPrincipal SwitchboardPrincipal me) {
        return rates.list(me.workspaceId());
    }

    /** The line in force at {@code at} (default now) per country and category. */
    @GetMapping("/rates/in-force")
    List<Rate> inForce(
            @AuthenticationPrincipal SwitchboardPrincipal me, @RequestParam(required = false) @Nullable Instant at) {
        return rates.inForce(me.workspaceId(), at == null ? clock.instant() : at);
    }

    /** Adds a workspace override, or replaces the one of the same country, category and date. */
    @PostMapping("/rates")
    @ResponseStatus(HttpStatus.CREATED)
    Rate put(@AuthenticationPrincipal SwitchboardPrincipal me, @RequestBody RateRequest request) {
        return rates.put(me, RateScope.WORKSPACE, request.toNewRate());
    }

    @DeleteMapping("/rates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id) {
        rates.delete(me, id);
    }

    /** Imports workspace overrides from CSV: good rows are stored, bad ones listed in {@code rejected}. */
    @PostMapping("/rates/import")
    RateImport importCsv(@AuthenticationPrincipal SwitchboardPrincipal me, @RequestBody ImportRequest request) {
        if (request.csv() == null || request.csv().isBlank()) {
            throw BillingException.invalid("csv", "Send the rate card as CSV text in \"csv\".");
        }
        return rates.importCsv(me, RateScope.WORKSPACE, request.csv());
    }

    @PostMapping("/estimate")
    Estimate estimate(@AuthenticationPrincipal SwitchboardPrincipal me, @RequestBody EstimateRequest request) {
        if (request.recipients() == null || request.recipients().isEmpty()) {
            throw BillingException.invalid("recipients", "List the recipients' phone numbers or countries.");
        }
        if (request.recipients().size() > 1_000_000) {
            throw BillingException.invalid("recipients", "Estimate at most 1,000,000 recipients at once.");
        }
        return estimates.estimate(
                me.workspaceId(),
                category(request.category()),
                request.recipients(),
                request.at() == null ? clock.instant() : request.at(),
                Boolean.TRUE.equals(request.serviceWindowOpen()));
    }

    /**
     * Costs from the ledger per month and {@code groupBy} (category, country or campaign) for the UTC days
     * {@code from} (inclusive) to {@code to} (exclusive); default: this month.
     */
    @GetMapping("/costs")
    List<CostLine> costs(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String groupBy) {
        var today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        var start = from == null ? today.withDayOfMonth(1) : from;
        var end = to == null ? start.plusMonths(1) : to;
        return reports.costs(me.workspaceId(), start, end, grouping(groupBy));
    }

    @GetMapping("/budget")
    Budget budget(@AuthenticationPrincipal SwitchboardPrincipal me) {
        return budgets.get(me.workspaceId());
    }

    @PutMapping("/budget")
    Budget setBudget(@AuthenticationPrincipal SwitchboardPrincipal me, @RequestBody BudgetRequest request) {
        if (request.amount() == null) {
            throw BillingException.invalid("amount", "Give the monthly cap, like 250.00.");
        }
        return budgets.set(me, request.amount(), request.currency() == null ? "USD" : request.currency());
    }

    @DeleteMapping("/budget")
    Budget clearBudget(@AuthenticationPrincipal SwitchboardPrincipal me) {
        return budgets.clear(me);
    }

    static CostGrouping grouping(@Nullable String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return CostGrouping.CATEGORY;
        }
        try {
            return CostGrouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BillingException.invalid("groupBy", "Group costs by category, country or campaign.");
        }
    }

    static PricingCategory category(@Nullable String text) {
        try {
            return RateCsv.category(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw BillingException.invalid("category", e.getMessage());
        }
    }
}

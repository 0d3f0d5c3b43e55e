package io.switchboard.billing;

import io.switchboard.billing.internal.Prices;
import io.switchboard.billing.internal.RateCsv;
import io.switchboard.billing.internal.RateStore;
import io.switchboard.billing.internal.Tariff;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rate cards: the installation's defaults (a documented sample until an instance administrator imports
 * Meta's card) and each workspace's overrides. A workspace reads the defaults and its own overrides, never
 * another's; its own line in force wins over the default's. Changes publish no events.
 */
@Service
public class RateCards {
    private final RateStore rates;
    private final Prices prices;
    private final Clock clock;

    RateCards(RateStore rates, Prices prices, Clock clock) {
        this.rates = rates;
        this.prices = prices;
        this.clock = clock;
    }

    /** Every line this workspace sees, defaults and its overrides, by country, category, newest first. */
    @Transactional(readOnly = true)
    public List<Rate> list(WorkspaceId workspace) {
        return rates.list(workspace);
    }

    /** The line in force at {@code at} for each country and category the workspace's card has. */
    @Transactional(readOnly = true)
    public List<Rate> inForce(WorkspaceId workspace, Instant at) {
        var day = Tariff.day(at);
        Map<String, Rate> chosen = new LinkedHashMap<>();
        for (var rate : rates.list(workspace)) {
            if (rate.effectiveFrom().isAfter(day)) {
                continue;
            }
            chosen.merge(rate.country() + "|" + rate.category(), rate, RateCards::wins);
        }
        var out = new ArrayList<>(chosen.values());
        out.sort(Comparator.comparing((Rate r) -> r.country().equals(Markets.OTHER))
                .thenComparing(Rate::country)
                .thenComparing(Rate::category));
        return out;
    }

    /**
     * The rate for a message of {@code category} to a recipient in {@code country} sent at {@code at}: the
     * country's line in force (the workspace's override before the default), else the "Other" market's.
     *
     * @return empty if neither has a line in force
     */
    @Transactional(readOnly = true)
    public Optional<Rate> rate(WorkspaceId workspace, String country, PricingCategory category, Instant at) {
        return prices.rate(workspace, country, category, at);
    }

    /**
     * Adds a line, or replaces the one of the same scope, country, category and effective date.
     *
     * @throws BillingException FORBIDDEN if {@code by} may not change that scope, INVALID for a bad value
     */
    @Transactional
    public Rate put(SwitchboardPrincipal by, RateScope scope, NewRate rate) {
        var workspace = authorize(by, scope);
        var checked = validate(rate);
        var id = rates.put(workspace, checked, clock.instant());
        return rates.find(by.workspaceId(), id).orElseThrow();
    }

    /**
     * Deletes a line of the workspace's overrides, or of the defaults for an instance administrator.
     *
     * @throws BillingException NOT_FOUND if there is no such line {@code by} may delete
     */
    @Transactional
    public void delete(SwitchboardPrincipal by, UUID id) {
        var rate = rates.find(by.workspaceId(), id).orElseThrow(BillingException::rateNotFound);
        var workspace = authorize(by, rate.global() ? RateScope.GLOBAL : RateScope.WORKSPACE);
        if (!rates.delete(workspace, id)) {
            throw BillingException.rateNotFound();
        }
    }

    /**
     * Imports a CSV ({@code country,category,model,price,currency,effective_from}): every good row is stored
     * as with {@link #put}, every bad one reported with its line and reason.
     *
     * @throws BillingException FORBIDDEN if {@code by} may not change that scope
     */
    @Transactional
    public RateImport importCsv(SwitchboardPrincipal by, RateScope scope, String csv) {
        var workspace = authorize(by, scope);
        var parsed = RateCsv.parse(csv);
        var now = clock.instant();
        for (var rate : parsed.rates()) {
            rates.put(workspace, rate, now);
        }
        return new RateImport(parsed.rates().size(), parsed.rejected());
    }

    private static Rate wins(Rate a, Rate b) {
        if (a.global() != b.global()) {
            return a.global() ? b : a;
        }
        return a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b;
    }

    /** @return the scope's workspace, {@code null} for the defaults */
    private static @Nullable WorkspaceId authorize(SwitchboardPrincipal by, RateScope scope) {
        if (scope == RateScope.GLOBAL) {
            Access.instanceAdmin(by);
            return null;
        }
        Access.manager(by);
        return by.workspaceId();
    }

    private static NewRate validate(NewRate rate) {
        var country = Markets.parse(rate.country())
                .orElseThrow(() -> BillingException.invalid(
                        "country", "Use an ISO country code such as IT, or OTHER for every other market."));
        try {
            return new NewRate(
                    country,
                    rate.category(),
                    rate.model(),
                    RateCsv.price(rate.price().toPlainString()),
                    RateCsv.currency(rate.currency()),
                    rate.effectiveFrom());
        } catch (IllegalArgumentException e) {
            var field = e.getMessage().startsWith("The price") ? "price" : "currency";
            throw BillingException.invalid(field, e.getMessage());
        }
    }
}

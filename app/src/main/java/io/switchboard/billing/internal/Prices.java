package io.switchboard.billing.internal;

import io.switchboard.billing.Markets;
import io.switchboard.billing.PricingCategory;
import io.switchboard.billing.Rate;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The rate card line in force for a recipient's market: the country's own line, else the "Other" line. */
@Component
public class Prices {
    private final RateStore rates;

    Prices(RateStore rates) {
        this.rates = rates;
    }

    public Optional<Rate> rate(WorkspaceId workspace, String country, PricingCategory category, Instant at) {
        var day = Tariff.day(at);
        return rates.inForce(workspace, country, category, day)
                .or(() -> rates.inForce(workspace, Markets.OTHER, category, day));
    }
}

package io.switchboard.messaging.internal;

import io.switchboard.messaging.spi.BudgetLookup;
import io.switchboard.messaging.spi.ConsentLookup;
import io.switchboard.messaging.spi.TemplateLookup;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The SPI implementations the policy asks, or a fallback while no module implements one: consent "none
 * recorded" (so no marketing template goes out: invariant 3 errs on the side of not sending), template
 * unknown (so not approved), and no budget cap.
 */
@Component
class Lookups {
    static final ConsentLookup NO_CONSENT_RECORDED = (workspace, contact) -> ConsentLookup.MarketingConsent.NONE;
    static final TemplateLookup NO_TEMPLATES = (workspace, channel, name, language) -> Optional.empty();
    static final BudgetLookup NO_CAP = (workspace, send) -> true;

    private final ObjectProvider<ConsentLookup> consent;
    private final ObjectProvider<TemplateLookup> templates;
    private final ObjectProvider<BudgetLookup> budget;

    Lookups(
            ObjectProvider<ConsentLookup> consent,
            ObjectProvider<TemplateLookup> templates,
            ObjectProvider<BudgetLookup> budget) {
        this.consent = consent;
        this.templates = templates;
        this.budget = budget;
    }

    ConsentLookup consent() {
        return consent.getIfUnique(() -> NO_CONSENT_RECORDED);
    }

    TemplateLookup templates() {
        return templates.getIfUnique(() -> NO_TEMPLATES);
    }

    BudgetLookup budget() {
        return budget.getIfUnique(() -> NO_CAP);
    }
}

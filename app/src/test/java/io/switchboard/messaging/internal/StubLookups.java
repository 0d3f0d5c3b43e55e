package io.switchboard.messaging.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.spi.BudgetLookup;
import io.switchboard.messaging.spi.ConsentLookup;
import io.switchboard.messaging.spi.TemplateLookup;
import io.switchboard.workspace.WorkspaceId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for compliance, templates and billing (primary over the real template catalog): tests set a
 * contact's consent, a template's state, a workspace's budget. Anything not set answers like the fallback.
 */
@TestConfiguration(proxyBeanMethods = false)
class StubLookups {
    static final Map<ContactId, ConsentLookup.MarketingConsent> CONSENT = new ConcurrentHashMap<>();
    static final Map<String, TemplateLookup.TemplateState> TEMPLATES = new ConcurrentHashMap<>();
    static final Set<WorkspaceId> OVER_BUDGET = ConcurrentHashMap.newKeySet();

    @Bean
    @Primary
    ConsentLookup consentLookup() {
        return (workspace, contact) -> CONSENT.getOrDefault(contact, ConsentLookup.MarketingConsent.NONE);
    }

    @Bean
    @Primary
    TemplateLookup templateLookup() {
        return (WorkspaceId workspace, ChannelId channel, String name, String language) ->
                Optional.ofNullable(TEMPLATES.get(name + "/" + language));
    }

    @Bean
    @Primary
    BudgetLookup budgetLookup() {
        return (workspace, send) -> !OVER_BUDGET.contains(workspace);
    }
}

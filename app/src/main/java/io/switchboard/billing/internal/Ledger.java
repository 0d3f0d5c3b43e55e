package io.switchboard.billing.internal;

import io.switchboard.billing.PricingCategory;
import io.switchboard.billing.PricingModel;
import io.switchboard.messaging.MessagePriced;
import io.switchboard.messaging.SendSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prices a message from Meta's pricing object and the rate card in force when it was sent, and writes its
 * one ledger row. Messages Meta does not charge get a zero amount; CBP charges a conversation once, so only
 * its first charged message carries the rate.
 */
@Component
class Ledger {
    private static final Logger log = LoggerFactory.getLogger(Ledger.class);
    static final String UNKNOWN = "UNKNOWN";

    private final LedgerStore ledger;
    private final Prices prices;
    private final RecipientMarkets recipients;
    private final Clock clock;

    Ledger(LedgerStore ledger, Prices prices, RecipientMarkets recipients, Clock clock) {
        this.ledger = ledger;
        this.prices = prices;
        this.recipients = recipients;
        this.clock = clock;
    }

    void record(MessagePriced event) {
        var workspace = event.workspaceId();
        var category = event.category() == null
                ? null
                : PricingCategory.fromMeta(event.category()).orElse(null);
        var country = recipients.countryOrOther(workspace, event.contactId());
        var charged = Tariff.charged(event.billable(), event.type());
        var rate = category == null
                ? null
                : prices.rate(workspace, country, category, event.sentAt()).orElse(null);
        var cbp = PricingModel.CBP.name().equalsIgnoreCase(event.pricingModel());
        var amount = BigDecimal.ZERO;
        if (charged && rate != null) {
            var paid = cbp
                    && event.conversationId() != null
                    && ledger.conversationCharged(workspace, event.conversationId());
            amount = paid ? BigDecimal.ZERO : rate.price();
        } else if (charged) {
            log.warn("No rate for a charged message: market {}, category {}", country, event.category());
        }
        var campaign = event.source() == SendSource.CAMPAIGN ? event.campaignRef() : null;
        ledger.insert(new LedgerStore.Entry(
                workspace,
                event.messageId().value(),
                event.providerMessageId(),
                event.channelId().value(),
                event.contactId().value(),
                country,
                category == null ? UNKNOWN : category.name(),
                event.category(),
                event.pricingModel() == null ? null : event.pricingModel().toUpperCase(Locale.ROOT),
                event.type(),
                charged,
                amount,
                rate == null ? "USD" : rate.currency(),
                rate == null ? null : rate.id(),
                event.conversationId(),
                event.source() == null ? null : event.source().name(),
                campaign,
                event.sentAt(),
                Tariff.month(event.sentAt()),
                clock.instant()));
    }
}

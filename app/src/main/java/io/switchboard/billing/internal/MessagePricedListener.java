package io.switchboard.billing.internal;

import io.switchboard.messaging.MessagePriced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the ledger row of a message Meta priced. */
@Component
class MessagePricedListener {
    private final Ledger ledger;

    MessagePricedListener(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void on(MessagePriced event) {
        // In the transaction that applies the status: the ledger row and the status commit together. Messaging
        // publishes once per message; the ledger's unique key on the message makes any second copy a no-op.
        ledger.record(event);
    }
}

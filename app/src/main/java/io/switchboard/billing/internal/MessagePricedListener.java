package io.switchboard.billing.internal;

import io.switchboard.messaging.MessagePriced;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the ledger row of a message Meta priced. */
@Component
class MessagePricedListener {
    private final Ledger ledger;

    MessagePricedListener(Ledger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(MessagePriced event) {
        // Messaging publishes once per message, but the registry resubmits after a crash: the ledger's
        // unique key on the message makes a second copy a no-op.
        ledger.record(event);
    }
}

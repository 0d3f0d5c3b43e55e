package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.NumberRegistry;
import io.switchboard.sandbox.webhook.WebhookDispatcher;
import java.util.HashSet;
import tools.jackson.databind.node.ObjectNode;

/** Sends webhook changes to one number's callback, or once to each distinct callback of a WABA. */
final class Events {
    private final WebhookDispatcher dispatcher;
    private final NumberRegistry numbers;

    Events(WebhookDispatcher dispatcher, NumberRegistry numbers) {
        this.dispatcher = dispatcher;
        this.numbers = numbers;
    }

    void toNumber(BusinessNumber number, String field, ObjectNode value) {
        dispatcher.publish(number, field, value);
    }

    void toWaba(String wabaId, String field, ObjectNode value) {
        var seen = new HashSet<String>();
        for (var number : numbers.ofWaba(wabaId)) {
            if (seen.add(number.callbackUrl() + " " + number.appSecret())) {
                dispatcher.publish(number, field, value);
            }
        }
    }
}

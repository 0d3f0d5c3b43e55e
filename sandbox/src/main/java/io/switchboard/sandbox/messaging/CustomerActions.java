package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.MessageRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a simulated customer does besides writing: reading, marketing preferences; and window control. */
public final class CustomerActions {
    private final Engine engine;
    private final Events events;
    private final StatusEmitter statuses;

    CustomerActions(Engine engine, Events events, StatusEmitter statuses) {
        this.engine = engine;
        this.events = events;
        this.statuses = statuses;
    }

    /** The customer opens the chat: every sent or delivered message becomes read. Returns how many. */
    public int read(String waId, @Nullable String phoneNumberId) {
        int count = 0;
        for (var message : engine.log().conversation(waId, phoneNumberId)) {
            var status = message.status();
            if (message.direction() == MessageRecord.Direction.BUSINESS
                    && !message.type().equals("reaction")
                    && (status.equals("sent") || status.equals("delivered"))) {
                var number = engine.numbers().find(message.phoneNumberId());
                if (number.isPresent()) {
                    statuses.read(number.get(), message);
                    count++;
                }
            }
        }
        return count;
    }

    /** Records the preference and sends Meta's {@code user_preferences} webhook, per number affected. */
    public void marketing(String waId, @Nullable String phoneNumberId, boolean stop) {
        var profileName = engine.customers().profileName(waId).orElse(waId);
        for (var number : numbers(phoneNumberId)) {
            engine.customers().setMarketingStopped(number.phoneNumberId(), waId, stop);
            events.toNumber(
                    number,
                    "user_preferences",
                    Payloads.userPreference(
                            number, waId, profileName, stop, engine.clock().epochSecond()));
        }
    }

    public void expireWindow(String waId, String phoneNumberId) {
        engine.customers().expireWindow(phoneNumberId, waId);
    }

    private List<BusinessNumber> numbers(@Nullable String phoneNumberId) {
        if (phoneNumberId == null) {
            return engine.numbers().all();
        }
        return engine.numbers()
                .find(phoneNumberId)
                .map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("unknown phone_number_id " + phoneNumberId));
    }
}

package io.switchboard.channels.whatsapp.internal;

import java.util.regex.Pattern;

/**
 * The lane of a stored webhook: a hash of the first customer it names (the sender of a message, the
 * recipient of a status, the wa_id of a contact), so that everything about one customer is read by one
 * worker loop, in arrival order. Found with a pattern on the raw body: intake answers Meta before parsing.
 * A webhook about no customer (template, account and number updates) goes to lane 0.
 */
final class WebhookLanes {
    private static final Pattern CUSTOMER =
            Pattern.compile("\"(?:from|recipient_id|wa_id|from_user_id|recipient_user_id)\"\\s*:\\s*\"([^\"]{1,64})\"");

    private WebhookLanes() {}

    static int of(String body) {
        var m = CUSTOMER.matcher(body);
        return m.find() ? Math.floorMod(spread(m.group(1).hashCode()), WebhookEventStore.LANES) : 0;
    }

    /** Mixes the bits of a string hash: consecutive phone numbers differ only in their low bits. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}

package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.WhatsAppChannel;
import io.switchboard.channels.internal.ChannelStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which channels a webhook belongs to, by phone number id or WABA id and the signing secret's fingerprint.
 * Every inbound message needs this and it almost never changes, so answers are kept for a few seconds:
 * a change on this node clears them at once (with the signing keys), a change on another node is seen
 * within {@link #TTL}. Unknown keys are cached too, so a flood for an unknown number costs no queries.
 */
@org.springframework.stereotype.Component
class ChannelRoutes {
    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Key(boolean byPhone, String id, String fp) {}

    private record Entry(List<WhatsAppChannel> channels, long loadedAt) {}

    private final ChannelStore store;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

    ChannelRoutes(ChannelStore store) {
        this.store = store;
    }

    List<WhatsAppChannel> byPhone(String phoneNumberId, String fp) {
        return lookup(new Key(true, phoneNumberId, fp));
    }

    List<WhatsAppChannel> byWaba(String wabaId, String fp) {
        return lookup(new Key(false, wabaId, fp));
    }

    void invalidate() {
        cache.clear();
    }

    private List<WhatsAppChannel> lookup(Key key) {
        var now = System.nanoTime();
        var entry = cache.get(key);
        if (entry != null && now - entry.loadedAt() < TTL.toNanos()) {
            return entry.channels();
        }
        var channels = List.copyOf(
                key.byPhone() ? store.routeByPhone(key.id(), key.fp()) : store.routeByWaba(key.id(), key.fp()));
        if (cache.size() >= MAX_ENTRIES) {
            // Forged ids must not grow the map without bound; real installations have few numbers.
            cache.clear();
        }
        cache.put(key, new Entry(channels, now));
        return channels;
    }
}

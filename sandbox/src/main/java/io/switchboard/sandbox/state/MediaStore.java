package io.switchboard.sandbox.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Media bytes in memory, oldest evicted first once the total passes the configured budget. */
public final class MediaStore {
    private final long maxBytes;
    private final Map<String, Media> media = new LinkedHashMap<>();
    private long totalBytes;

    public MediaStore(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public synchronized void put(Media item) {
        media.put(item.id(), item);
        totalBytes += item.bytes().length;
        var it = media.values().iterator();
        while (totalBytes > maxBytes && it.hasNext()) {
            totalBytes -= it.next().bytes().length;
            it.remove();
        }
    }

    public synchronized Optional<Media> find(String id) {
        return Optional.ofNullable(media.get(id));
    }

    public synchronized boolean delete(String id) {
        var removed = media.remove(id);
        if (removed != null) {
            totalBytes -= removed.bytes().length;
        }
        return removed != null;
    }

    public synchronized void clear() {
        media.clear();
        totalBytes = 0;
    }
}

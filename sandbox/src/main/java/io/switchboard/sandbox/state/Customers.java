package io.switchboard.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the sandbox knows of each customer per business number: profile name, the last message they sent
 * (which opens the 24 h service window) and whether they stopped marketing messages.
 */
public final class Customers {
    /** Meta: a user message opens a 24 h customer service window, restarted by every new message. */
    public static final Duration SERVICE_WINDOW = Duration.ofHours(24);

    private static final int MAX_THREADS = 100_000;

    private final Map<String, String> profileNames = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_THREADS;
        }
    };
    private final Map<String, Thread> threads = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Thread> eldest) {
            return size() > MAX_THREADS;
        }
    };

    private static final class Thread {
        @Nullable
        Instant lastInbound;

        boolean marketingStopped;

        @Nullable
        Instant typingAt;
    }

    /** The business showed "typing…" to this customer (Meta clears it after 25 s or on reply). */
    public synchronized void typing(String phoneNumberId, String waId, Instant at) {
        thread(phoneNumberId, waId).typingAt = at;
    }

    public synchronized Optional<Instant> typingAt(String phoneNumberId, String waId) {
        var thread = threads.get(key(phoneNumberId, waId));
        return thread == null ? Optional.empty() : Optional.ofNullable(thread.typingAt);
    }

    public synchronized void recordInbound(String phoneNumberId, String waId, String profileName, Instant at) {
        profileNames.put(waId, profileName);
        thread(phoneNumberId, waId).lastInbound = at;
    }

    public synchronized Optional<String> profileName(String waId) {
        return Optional.ofNullable(profileNames.get(waId));
    }

    public synchronized boolean windowOpen(String phoneNumberId, String waId, Instant now) {
        var thread = threads.get(key(phoneNumberId, waId));
        return thread != null && thread.lastInbound != null && now.isBefore(thread.lastInbound.plus(SERVICE_WINDOW));
    }

    public synchronized Optional<Instant> windowExpiresAt(String phoneNumberId, String waId) {
        var thread = threads.get(key(phoneNumberId, waId));
        return thread == null || thread.lastInbound == null
                ? Optional.empty()
                : Optional.of(thread.lastInbound.plus(SERVICE_WINDOW));
    }

    public synchronized void expireWindow(String phoneNumberId, String waId) {
        var thread = threads.get(key(phoneNumberId, waId));
        if (thread != null) {
            thread.lastInbound = null;
        }
    }

    public synchronized void setMarketingStopped(String phoneNumberId, String waId, boolean stopped) {
        thread(phoneNumberId, waId).marketingStopped = stopped;
    }

    public synchronized boolean marketingStopped(String phoneNumberId, String waId) {
        var thread = threads.get(key(phoneNumberId, waId));
        return thread != null && thread.marketingStopped;
    }

    public synchronized void clear() {
        profileNames.clear();
        threads.clear();
    }

    private Thread thread(String phoneNumberId, String waId) {
        return threads.computeIfAbsent(key(phoneNumberId, waId), k -> new Thread());
    }

    private static String key(String phoneNumberId, String waId) {
        return phoneNumberId + "|" + waId;
    }
}

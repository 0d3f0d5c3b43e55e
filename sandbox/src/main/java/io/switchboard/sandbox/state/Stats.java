package io.switchboard.sandbox.state;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters for the control API: per number, per error code, and webhook delivery. */
public final class Stats {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    public void accepted(String phoneNumberId) {
        increment("numbers." + phoneNumberId + ".accepted");
    }

    /** A Graph call answered with an error (synchronous). */
    public void rejected(String phoneNumberId, int code) {
        increment("numbers." + phoneNumberId + ".rejected." + code);
        increment("errors." + code);
    }

    /** An accepted message that then failed (a failed status webhook). */
    public void failed(String phoneNumberId, int code) {
        increment("numbers." + phoneNumberId + ".failed." + code);
        increment("errors." + code);
    }

    public void inbound(String phoneNumberId) {
        increment("numbers." + phoneNumberId + ".inbound");
    }

    public void webhook(String outcome) {
        increment("webhooks." + outcome);
    }

    public long get(String key) {
        var adder = counters.get(key);
        return adder == null ? 0 : adder.sum();
    }

    /** Nested maps: {@code {numbers:{id:{accepted:n, rejected:{code:n}}}, errors:{...}, webhooks:{...}}}. */
    public Map<String, Object> snapshot() {
        var root = new TreeMap<String, Object>();
        root.put("numbers", new TreeMap<String, Object>());
        root.put("errors", new TreeMap<String, Object>());
        root.put("webhooks", new TreeMap<String, Object>());
        counters.forEach((key, value) -> put(root, key.split("\\."), value.sum()));
        return root;
    }

    public void clear() {
        counters.clear();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String[] path, long value) {
        var node = root;
        for (int i = 0; i < path.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new TreeMap<String, Object>());
        }
        node.put(path[path.length - 1], value);
    }

    private void increment(String key) {
        counters.computeIfAbsent(key, k -> new LongAdder()).increment();
    }
}

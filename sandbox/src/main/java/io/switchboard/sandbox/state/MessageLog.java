package io.switchboard.sandbox.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every message the sandbox has seen, by wamid and by customer. Bounded twice: per customer and in
 * total, oldest first, so a load test cannot exhaust the heap.
 */
public final class MessageLog {
    private final int perCustomer;
    private final int total;
    private final Map<String, MessageRecord> byId = new HashMap<>();
    private final Map<String, Deque<MessageRecord>> byCustomer = new HashMap<>();
    // May hold records already evicted per customer; those are skipped when they reach the head.
    private final Deque<MessageRecord> order = new ArrayDeque<>();

    public MessageLog(int perCustomer, int total) {
        this.perCustomer = perCustomer;
        this.total = total;
    }

    public synchronized void add(MessageRecord message) {
        byId.put(message.wamid(), message);
        order.addLast(message);
        var thread = byCustomer.computeIfAbsent(message.waId(), k -> new ArrayDeque<>());
        thread.addLast(message);
        while (thread.size() > perCustomer) {
            byId.remove(thread.removeFirst().wamid());
        }
        while (order.size() > total) {
            var oldest = order.removeFirst();
            if (byId.get(oldest.wamid()) == oldest) {
                byId.remove(oldest.wamid());
                var customer = byCustomer.get(oldest.waId());
                if (customer != null) {
                    customer.remove(oldest);
                    if (customer.isEmpty()) {
                        byCustomer.remove(oldest.waId());
                    }
                }
            }
        }
    }

    public synchronized Optional<MessageRecord> find(String wamid) {
        return Optional.ofNullable(byId.get(wamid));
    }

    /** The customer's messages in order; with a number given, only those with that number. */
    public synchronized List<MessageRecord> conversation(String waId, @Nullable String phoneNumberId) {
        var thread = byCustomer.get(waId);
        if (thread == null) {
            return List.of();
        }
        return thread.stream()
                .filter(m -> phoneNumberId == null || m.phoneNumberId().equals(phoneNumberId))
                .toList();
    }

    public synchronized List<String> customers() {
        return List.copyOf(byCustomer.keySet());
    }

    public synchronized int size() {
        return byId.size();
    }

    public synchronized void clear() {
        byId.clear();
        byCustomer.clear();
        order.clear();
    }
}

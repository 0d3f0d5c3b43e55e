package io.switchboard.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} and {@code --flag} command-line options. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, int from) {
        for (var i = from; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                var name = args[i].substring(2);
                var hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                values.put(name, hasValue ? args[++i] : "true");
            }
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}

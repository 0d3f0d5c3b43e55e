package io.switchboard.sandbox.state;

/**
 * Injected misbehaviour. Rates are probabilities from 0 to 1.
 *
 * @param errorRate share of Graph send calls answered with {@code errorCode} instead of being accepted
 * @param latencyMs added to every Graph API call
 * @param dropWebhookRate share of webhook batches whose first delivery attempt is skipped (then retried)
 * @param duplicateWebhookRate share of webhook batches delivered twice
 * @param reorderWebhooks deliver each batch's events one by one in reverse order, and a message's
 *     {@code delivered} together with its {@code sent}, so {@code delivered} arrives first
 */
public record FaultSettings(
        double errorRate,
        int errorCode,
        long latencyMs,
        double dropWebhookRate,
        double duplicateWebhookRate,
        boolean reorderWebhooks) {

    public static final FaultSettings NONE = new FaultSettings(0, 131000, 0, 0, 0, false);

    public FaultSettings {
        if (!rate(errorRate) || !rate(dropWebhookRate) || !rate(duplicateWebhookRate)) {
            throw new IllegalArgumentException("rates must be between 0 and 1");
        }
        if (latencyMs < 0 || latencyMs > 60_000) {
            throw new IllegalArgumentException("latency_ms must be between 0 and 60000");
        }
    }

    private static boolean rate(double value) {
        return value >= 0 && value <= 1;
    }
}

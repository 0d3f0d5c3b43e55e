package io.switchboard.channels.spi;

/**
 * Receives what the webhook worker parsed, inside the worker's transaction: if a call throws, the whole
 * raw event is rolled back and retried later. Meta redelivers webhooks and the worker retries, so both
 * methods must be idempotent on (channel, provider message id) and, for statuses, on the status itself.
 */
public interface WhatsAppInboundSink {

    /** A message a WhatsApp user sent to one of the workspace's numbers. */
    void onMessage(InboundMessage message);

    /** A status of a message the business sent; may arrive before the message is known, and out of order. */
    void onStatus(InboundStatus status);
}

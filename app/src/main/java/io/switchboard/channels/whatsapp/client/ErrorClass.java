package io.switchboard.channels.whatsapp.client;

import org.springframework.modulith.NamedInterface;

/**
 * What a failed call means for the caller; {@link ErrorClassifier} maps Meta's codes to these.
 */
@NamedInterface("client")
public enum ErrorClass {
    /** Transient (Meta busy, rate limit, network): retry the same request after a backoff ({@link RetryPolicy}). */
    RETRYABLE,
    /** This request will never succeed as it is: mark it failed, never retry it. */
    PERMANENT,
    /**
     * 131047: more than 24 hours since the customer last wrote, so only a template may go out. Not
     * retryable as is; the caller should close its window record and offer a template instead.
     */
    OUTSIDE_WINDOW,
    /** 131049: Meta held back a marketing message for engagement reasons; do not retry for at least 24 hours. */
    WAIT_24H,
    /**
     * The channel itself is broken (token expired, permission removed, account restricted or
     * deleted, number unregistered, billing): stop all sends from this channel and alert its owner.
     */
    CHANNEL_DISABLING
}

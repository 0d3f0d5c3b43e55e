package io.switchboard.billing;

/** How Meta charged: per 24-hour conversation (before 2025-07-01) or per delivered message (from then on). */
public enum PricingModel {
    /** Conversation-based pricing. */
    CBP,
    /** Per-message pricing. */
    PMP
}

package io.switchboard.sandbox.state;

/** Per-message pricing (current) or the conversation-based pricing it replaced on 2025-07-01. */
public enum PricingModel {
    PMP,
    CBP
}

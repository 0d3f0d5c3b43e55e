package io.switchboard.messaging;

/** Who asked for a send; stored with the message. Every source goes through the same outbound policy. */
public enum SendSource {
    OPERATOR,
    API,
    CAMPAIGN,
    FLOW,
    AI,
    /** Switchboard itself, e.g. the confirmation of an opt-out keyword (compliance). */
    SYSTEM
}

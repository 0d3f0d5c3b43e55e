package io.switchboard.channels;

/** Whether a channel may be used. */
public enum ChannelStatus {
    /** Usable: webhooks are accepted and (later) messages sent. */
    ACTIVE,
    /** Switched off by a user; its webhooks are no longer accepted. */
    DISABLED,
    /** Meta refused the access token (code 190 or 401); webhooks still arrive, sending would fail. */
    BROKEN_CREDENTIALS
}

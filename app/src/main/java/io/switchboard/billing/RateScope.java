package io.switchboard.billing;

/** Whose rate card a change goes to. */
public enum RateScope {
    /** The calling workspace's overrides; owners and admins of the workspace. */
    WORKSPACE,
    /** The installation's defaults, read by every workspace; instance administrators only. */
    GLOBAL
}

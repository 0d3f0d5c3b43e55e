package io.switchboard.inbox;

/** The standard lists: assigned to me, to nobody, to one of my teams, everything (owners and admins). */
public enum InboxView {
    MINE,
    UNASSIGNED,
    TEAM,
    ALL
}

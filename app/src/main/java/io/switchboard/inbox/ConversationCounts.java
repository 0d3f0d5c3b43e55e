package io.switchboard.inbox;

/** Unresolved conversations per standard view, for one agent; {@code all} is 0 for agents who may not see it. */
public record ConversationCounts(int mine, int unassigned, int team, int all) {}

package io.switchboard.inbox;

import io.switchboard.workspace.UserId;

/**
 * An active member as automatic assignment sees them.
 *
 * @param available they set themselves available (online even without an open inbox page)
 * @param online available, or an inbox page of theirs sent a heartbeat recently
 * @param openConversations assigned conversations that are OPEN or PENDING (counted against capacity)
 */
public record AgentState(
        UserId userId, String displayName, int capacity, boolean available, boolean online, int openConversations) {}

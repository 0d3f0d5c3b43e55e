package io.switchboard.inbox;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.TeamId;

/** New conversations on {@code channelId} go to {@code teamId}, and to one of its agents by {@code strategy}. */
public record AutoAssignmentRule(ChannelId channelId, TeamId teamId, AssignmentStrategy strategy) {}

package io.switchboard.messaging.spi;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;

/**
 * The workspace's budget cap, for the outbound policy. Implemented by {@code billing}; without an
 * implementation there is no cap.
 */
public interface BudgetLookup {

    /**
     * Whether one more message of {@code category} (MARKETING, UTILITY, AUTHENTICATION or SERVICE) from this
     * number stays within the workspace's cap.
     */
    boolean withinBudget(WorkspaceId workspace, ChannelId channel, String category);
}

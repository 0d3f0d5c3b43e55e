package io.switchboard.messaging.spi;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The workspace's budget cap, for the outbound policy. Implemented by {@code billing}; without an
 * implementation there is no cap.
 */
public interface BudgetLookup {

    /**
     * One message the policy is about to accept.
     *
     * @param category the pricing category: MARKETING, UTILITY, AUTHENTICATION (templates) or SERVICE (free-form)
     * @param serviceWindowOpen whether the contact wrote to this number in the last 24 hours (some categories
     *     are free inside the window, depending on the date)
     * @param at when it is sent
     */
    record Send(ChannelId channel, ContactId contact, String category, boolean serviceWindowOpen, Instant at) {}

    /**
     * Whether this one more message stays within the workspace's cap. Called inside the send transaction;
     * must not throw for an unknown contact.
     */
    boolean withinBudget(WorkspaceId workspace, Send send);
}

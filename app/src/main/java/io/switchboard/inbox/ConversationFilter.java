package io.switchboard.inbox;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.TeamId;
import io.switchboard.workspace.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the conversation list; {@code null} means "any". Without a status the list holds the
 * conversations that are not resolved.
 *
 * @param query matched case-insensitively against the subject and the labels, the contact's name, phone
 *     number, WhatsApp id or e-mail address, and the text of the conversation's messages (whole words on
 *     PostgreSQL, substrings on H2)
 */
public record ConversationFilter(
        InboxView view,
        @Nullable ConversationStatus status,
        @Nullable UserId assignee,
        @Nullable TeamId team,
        @Nullable String label,
        @Nullable ChannelId channel,
        @Nullable String query) {

    public static ConversationFilter of(InboxView view) {
        return new ConversationFilter(view, null, null, null, null, null, null);
    }
}

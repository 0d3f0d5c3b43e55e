package io.switchboard.inbox.internal;

/** The conversation table's SQL; every statement filters on the workspace. */
final class ConversationQueries {
    private ConversationQueries() {}

    static final String COLUMNS = """
            c.id, c.contact_id, c.channel_id, c.status, c.snoozed_until, c.snoozed_until_reply, c.priority,
            c.subject, c.assignee_id, c.team_id, c.unread_count, c.last_message_id, c.last_message_type,
            c.last_direction, c.last_message_at, c.created_at, c.updated_at, c.resolved_at""";

    static final String FIND = "select " + COLUMNS + "\n" + """
             from inbox_conversation c where c.workspace_id = :workspace and c.id = :id""";

    static final String ACTIVE = "select " + COLUMNS + "\n" + """
             from inbox_conversation c where c.workspace_id = :workspace and c.active_key = :key""";

    static final String LATEST_RESOLVED = "select " + COLUMNS + "\n" + """
             from inbox_conversation c
            where c.workspace_id = :workspace and c.contact_id = :contact and c.channel_id = :channel
              and c.status = 'RESOLVED' and c.resolved_at > :since
            order by c.resolved_at desc limit 1""";

    static final String OF_CONTACT = "select " + COLUMNS + "\n" + """
             from inbox_conversation c where c.workspace_id = :workspace and c.contact_id = :contact
            order by c.created_at desc limit 50""";

    // Two messages of one customer are filed concurrently: the second insert waits for the first, then
    // meets inbox_conversation_active_uk and inserts nothing, and its caller reads the winner's row.
    static final String INSERT = """
            insert into inbox_conversation (id, workspace_id, contact_id, channel_id, active_key, status, priority,
                   unread_count, created_at, updated_at)
            values (:id, :workspace, :contact, :channel, :key, 'OPEN', 'NONE', 0, :now, :now)
            on conflict do nothing""";

    static final String SET_STATUS = """
            update inbox_conversation
               set status = :status, active_key = :key, snoozed_until = :until, snoozed_until_reply = :untilReply,
                   resolved_at = :resolvedAt, updated_at = :now
             where workspace_id = :workspace and id = :id""";

    static final String SET_DETAILS = """
            update inbox_conversation set priority = :priority, subject = :subject, updated_at = :now
             where workspace_id = :workspace and id = :id""";

    static final String SET_ASSIGNEE = """
            update inbox_conversation set assignee_id = :assignee, team_id = :team, updated_at = :now
             where workspace_id = :workspace and id = :id""";

    // Only a newer message moves the preview: webhooks arrive out of order.
    static final String TOUCH = """
            update inbox_conversation
               set last_message_id = :message, last_message_type = :type, last_direction = :direction,
                   last_message_at = :at, updated_at = :now
             where workspace_id = :workspace and id = :id
               and (last_message_at is null or last_message_at <= :at)""";

    static final String ADD_UNREAD = """
            update inbox_conversation set unread_count = unread_count + 1
             where workspace_id = :workspace and id = :id""";

    static final String MARK_READ = """
            update inbox_conversation set unread_count = 0 where workspace_id = :workspace and id = :id""";

    static final String LINK_MESSAGE = """
            insert into inbox_conversation_message (workspace_id, message_id, conversation_id, direction, occurred_at)
            values (:workspace, :message, :conversation, :direction, :at)
            on conflict do nothing""";

    static final String RELEASE_ASSIGNEE = """
            select id from inbox_conversation
             where workspace_id = :workspace and assignee_id = :user and status <> 'RESOLVED'""";

    static final String DUE_SNOOZES = """
            select workspace_id, id from inbox_conversation
             where status = 'SNOOZED' and snoozed_until is not null and snoozed_until <= :now
             limit 200""";

    static final String LABELS_OF = """
            select conversation_id, label from inbox_conversation_label
             where workspace_id = :workspace and conversation_id in (:ids) order by label""";

    static final String CLEAR_LABELS = """
            delete from inbox_conversation_label where workspace_id = :workspace and conversation_id = :id""";

    static final String ADD_LABEL = """
            insert into inbox_conversation_label (workspace_id, conversation_id, label)
            values (:workspace, :id, :label) on conflict do nothing""";

    static final String ALL_LABELS = """
            select distinct label from inbox_conversation_label where workspace_id = :workspace order by label""";
}

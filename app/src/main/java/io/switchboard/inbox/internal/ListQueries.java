package io.switchboard.inbox.internal;

/**
 * The conversation list and its counts. Optional filters are "{@code cast(:x as …) is null or …}" so one
 * statement serves every combination on both engines; {@code :teams} and {@code :contacts} are never empty (see
 * {@link ConversationStore}). A search matches the subject, the labels, and the contacts {@link ConversationSearch}
 * found by name, identity or message text.
 */
final class ListQueries {
    private ListQueries() {}

    static final String LIST = "select " + ConversationQueries.COLUMNS + "\n" + """
             from inbox_conversation c
            where c.workspace_id = :workspace
              and (:view <> 'MINE' or c.assignee_id = :me)
              and (:view <> 'UNASSIGNED' or c.assignee_id is null)
              and (:view <> 'TEAM' or c.team_id in (:teams))
              and ((cast(:status as varchar) is null and c.status <> 'RESOLVED') or c.status = cast(:status as varchar))
              and (cast(:assignee as uuid) is null or c.assignee_id = cast(:assignee as uuid))
              and (cast(:team as uuid) is null or c.team_id = cast(:team as uuid))
              and (cast(:channel as uuid) is null or c.channel_id = cast(:channel as uuid))
              and (cast(:label as varchar) is null or exists (select 1 from inbox_conversation_label l
                     where l.workspace_id = c.workspace_id and l.conversation_id = c.id
                       and l.label = cast(:label as varchar)))
              and (cast(:query as varchar) is null or lower(coalesce(c.subject, '')) like cast(:query as varchar)
                   or c.id in (select q.conversation_id from inbox_conversation_label q
                     where q.workspace_id = :workspace and lower(q.label) like cast(:query as varchar))
                   or c.contact_id in (:contacts))
            order by c.last_message_at desc, c.created_at desc
            limit :limit""";

    static final String COUNTS = """
            select sum(case when assignee_id = :me then 1 else 0 end) as mine,
                   sum(case when assignee_id is null then 1 else 0 end) as unassigned,
                   sum(case when team_id in (:teams) then 1 else 0 end) as team,
                   count(*) as total
              from inbox_conversation
             where workspace_id = :workspace and status <> 'RESOLVED'""";
}

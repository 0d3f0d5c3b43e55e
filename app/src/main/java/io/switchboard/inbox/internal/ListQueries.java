package io.switchboard.inbox.internal;

/**
 * The conversation list and its counts. Optional filters are "{@code cast(:x as …) is null or …}" so one
 * statement serves every combination on both engines; {@code :teams} and {@code :contacts} are never empty (see
 * {@link ConversationStore}). A search matches the subject, the labels, and the contacts {@link ConversationSearch}
 * found by name, identity or message text.
 */
final class ListQueries {
    private ListQueries() {}

    private static final String FILTERS = """
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
            """;

    private static final String ORDER = """
            order by c.last_message_at desc, c.created_at desc
            limit :limit""";

    /** Without a search: both engines walk inbox_conversation_recent_ix (or _assignee_recent_ix) and stop at the page. */
    static final String LIST = "select " + ConversationQueries.COLUMNS + "\n" + FILTERS + ORDER;

    // With a search the matching ids come first, as a join: filtering the newest-first walk row by row
    // instead reads every conversation of the workspace when few match (bench/inbox.sh: 0.66 s against 0.10 s).
    static final String SEARCH = "select " + ConversationQueries.COLUMNS + "\n" + FILTERS + """
              and c.id in (select s.id from inbox_conversation s
                            where s.workspace_id = :workspace and s.contact_id in (:contacts)
                           union all
                           select q.conversation_id from inbox_conversation_label q
                            where q.workspace_id = :workspace and lower(q.label) like :query
                           union all
                           select t.id from inbox_conversation t
                            where t.workspace_id = :workspace and lower(coalesce(t.subject, '')) like :query)
            """ + ORDER;

    static final String COUNTS = """
            select sum(case when assignee_id = :me then 1 else 0 end) as mine,
                   sum(case when assignee_id is null then 1 else 0 end) as unassigned,
                   sum(case when team_id in (:teams) then 1 else 0 end) as team,
                   count(*) as total
              from inbox_conversation
             where workspace_id = :workspace and status <> 'RESOLVED'""";
}

-- The list is read newest first (last_message_at desc, created_at desc) and stops at a page: these let
-- both engines walk an index in that order instead of sorting every open conversation of the workspace
-- (bench/inbox.sh: 100,000 conversations). One for the whole workspace (ALL, UNASSIGNED, TEAM and the
-- filters), one per assignee (MINE).
create index inbox_conversation_recent_ix on inbox_conversation (workspace_id, last_message_at, created_at);
create index inbox_conversation_assignee_recent_ix
    on inbox_conversation (workspace_id, assignee_id, last_message_at, created_at);
-- The view counts read only these columns, so they come from the index alone.
create index inbox_conversation_counts_ix on inbox_conversation (workspace_id, status, assignee_id, team_id);
-- A label filter starts from the label.
create index inbox_conversation_label_ix on inbox_conversation_label (workspace_id, label);

-- The inbox search by message text (MessageTextSearch) reads the matching messages newest first and stops
-- once it has found a page of contacts: a common word then reads a few hundred messages in this order instead
-- of every match (bench/inbox.sh: 100,000 matches of 1,000,000 messages). id makes the order total for the
-- keyset of the next batch.
-- Partial on a condition only the search states (occurred_at after 1900, always true): an index led by
-- workspace_id that every statement could use was picked by the generic plans PostgreSQL caches before a new
-- table has statistics, for the dispatcher's "workspace_id = ? and id = ?" updates too, which then read every
-- message of the workspace per send (OutboxPlanPostgresTests; messaging V8).
create index messaging_message_recent_ix on messaging_message (workspace_id, occurred_at, id)
    where occurred_at > timestamp with time zone '1900-01-01 00:00:00+00';

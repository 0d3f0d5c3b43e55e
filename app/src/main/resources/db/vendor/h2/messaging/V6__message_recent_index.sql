-- The inbox search's newest-first walk (see db/vendor/postgresql/messaging/V6). H2 has no partial indexes and
-- no cached generic plans to mislead, so the index is plain here.
create index messaging_message_recent_ix on messaging_message (workspace_id, occurred_at, id);

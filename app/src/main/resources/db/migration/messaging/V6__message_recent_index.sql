-- The inbox search by message text (MessageTextSearch) reads the matching messages newest first and stops
-- once it has found a page of contacts: a common word then reads a few hundred messages in this order instead
-- of every match (bench/inbox.sh: 100,000 matches of 1,000,000 messages). id makes the order total for the
-- keyset of the next batch.
create index messaging_message_recent_ix on messaging_message (workspace_id, occurred_at, id);

-- Statements that find one row by its key (the dispatcher recording a send: "workspace_id = ? and id = ?"; the
-- lock of a message by its provider id) got, in the first minutes of a database, a cached generic plan that
-- used an index led by workspace_id with only that column, and read every row of the workspace per call
-- (thousands of pages per send) until the first ANALYZE. No index or unique key of these two tables leads
-- with workspace_id now, so such a statement can only use its own key (as V5 did for the status index).
-- Each index keeps serving its lookups: the columns before the due_at range and the occurred_at order are
-- all compared for equality, as before; the unique keys hold the same columns.
drop index messaging_outbox_quota_ix;
create index messaging_outbox_quota_ix on messaging_outbox (portfolio, workspace_id, business_initiated, due_at);
drop index messaging_outbox_message_ix;
create index messaging_outbox_message_ix on messaging_outbox (message_id, workspace_id);
drop index messaging_message_contact_ix;
create index messaging_message_contact_ix on messaging_message (contact_id, workspace_id, occurred_at);
alter table messaging_message drop constraint messaging_message_idempotency_uk;
alter table messaging_message add constraint messaging_message_idempotency_uk unique (idempotency_key, workspace_id);
alter table messaging_message drop constraint messaging_message_provider_uk;
alter table messaging_message add constraint messaging_message_provider_uk
    unique (provider_message_id, workspace_id, channel_id);

-- The outbox id echoed by status webhooks leads its index: as (workspace_id, channel_id, …) the index shared
-- its prefix with the unique key on provider ids, and a planner without statistics used it for provider-id
-- lookups, reading every status of the number for each one.
drop index messaging_message_status_opaque_ix;
create index messaging_message_status_opaque_ix
    on messaging_message_status (biz_opaque_callback_data, workspace_id, channel_id);

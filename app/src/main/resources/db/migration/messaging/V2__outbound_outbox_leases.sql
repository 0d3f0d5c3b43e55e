-- Outbound messages exist before Meta gives them a wamid (QUEUED) and some never get one (BLOCKED).
alter table messaging_message alter column provider_message_id drop not null;
alter table messaging_message add column source varchar(16);
alter table messaging_message add column reason varchar(40);
alter table messaging_message add column actor_id uuid;
alter table messaging_message add column campaign_ref varchar(200);
alter table messaging_message add column idempotency_key varchar(200);
alter table messaging_message add constraint messaging_message_idempotency_uk unique (workspace_id, idempotency_key);

-- The durable outbox: one row per message to send, claimed with FOR UPDATE SKIP LOCKED by the node that
-- holds the channel's lease. state: QUEUED, SENDING, SENT, FAILED, FAILED_UNKNOWN. payload: the content JSON.
-- portfolio + business_initiated count unique recipients against Meta's messaging limit.
create table messaging_outbox (
    id                  uuid primary key,
    workspace_id        uuid not null,
    channel_id          uuid not null,
    message_id          uuid not null,
    contact_id          uuid not null,
    recipient           varchar(40) not null,
    portfolio           varchar(100) not null,
    business_initiated  boolean not null,
    payload             text not null,
    state               varchar(16) not null,
    attempts            integer not null,
    due_at              timestamp with time zone not null,
    sending_at          timestamp with time zone,
    provider_message_id varchar(200),
    error_code          integer,
    error_title         varchar(500),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
create index messaging_outbox_due_ix on messaging_outbox (state, channel_id, due_at);
create index messaging_outbox_quota_ix on messaging_outbox (workspace_id, portfolio, business_initiated, due_at);
create index messaging_outbox_message_ix on messaging_outbox (workspace_id, message_id);

-- Who sends for a channel: one node at a time, renewed while it works, taken over once expired.
-- paused_until: Meta said the channel itself is broken (token, account), so nothing is sent until then.
create table messaging_channel_lease (
    channel_id   uuid primary key,
    workspace_id uuid not null,
    owner        varchar(100) not null,
    expires_at   timestamp with time zone not null,
    paused_until timestamp with time zone
);

-- Reconciliation after a crash finds a status by the outbox id Meta echoes as biz_opaque_callback_data.
create index messaging_message_status_opaque_ix on messaging_message_status (workspace_id, channel_id, biz_opaque_callback_data);

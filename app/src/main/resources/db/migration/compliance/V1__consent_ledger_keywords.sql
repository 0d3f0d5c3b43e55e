-- The consent ledger: append-only, never updated or deleted (it is the proof). channel_id null = all
-- channels. dedupe_key names the fact a row comes from (an inbound message, a webhook, a failed send), so
-- a redelivered event adds no second row; rows typed by people have none.
create table compliance_consent_event (
    id           uuid primary key,
    workspace_id uuid not null,
    contact_id   uuid not null,
    channel_id   uuid,
    purpose      varchar(16)  not null,
    state        varchar(16)  not null,
    source       varchar(32)  not null,
    proof        varchar(2000) not null,
    actor        varchar(200) not null,
    occurred_at  timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    dedupe_key   varchar(200),
    constraint compliance_consent_event_dedupe_uk unique (workspace_id, dedupe_key)
);
create index compliance_consent_event_contact_ix on compliance_consent_event (workspace_id, contact_id, occurred_at);
create index compliance_consent_event_export_ix on compliance_consent_event (workspace_id, recorded_at);

-- The ledger row that decides a contact's consent per purpose, written in that row's transaction: the outbound
-- policy reads it on every marketing send.
create table compliance_consent_current (
    workspace_id uuid not null,
    contact_id   uuid not null,
    purpose      varchar(16) not null,
    state        varchar(16) not null,
    event_id     uuid not null,
    occurred_at  timestamp with time zone not null,
    primary key (workspace_id, contact_id, purpose)
);

-- A workspace's opt-out and opt-in keywords per language, one per line, with the confirmations sent back.
-- No rows: the built-in defaults apply.
create table compliance_keyword_set (
    workspace_id uuid not null,
    language     varchar(8) not null,
    position     integer not null,
    opt_out      varchar(2000) not null,
    opt_in       varchar(2000) not null,
    opt_out_reply varchar(1000) not null,
    opt_in_reply varchar(1000) not null,
    updated_at   timestamp with time zone not null,
    primary key (workspace_id, language)
);

-- WhatsApp numbers. Secrets are AES-GCM sealed (*_enc); app_secret_fp is an HMAC of the app secret so
-- a webhook can be routed to "channels signed with this secret" without decrypting anything.
create table channels_channel (
    id                   uuid primary key,
    workspace_id         uuid not null,
    name                 varchar(200) not null,
    phone_number_id      varchar(64)  not null,
    waba_id              varchar(64)  not null,
    display_phone_number varchar(32)  not null,
    verified_name        varchar(200),
    quality_rating       varchar(32),
    messaging_limit_tier varchar(32),
    throughput           varchar(32),
    graph_base_url       varchar(500),
    graph_version        varchar(16),
    status               varchar(24)  not null,
    sandbox              boolean      not null,
    access_token_enc     varchar(4000) not null,
    app_secret_enc       varchar(1000) not null,
    app_secret_fp        varchar(64)  not null,
    verify_token_enc     varchar(1000) not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint channels_channel_number_uk unique (workspace_id, phone_number_id)
);
create index channels_channel_phone_ix on channels_channel (phone_number_id, app_secret_fp);
create index channels_channel_waba_ix on channels_channel (waba_id, app_secret_fp);

-- Raw webhook bodies, stored before parsing and processed by the worker (PENDING -> DONE, or FAILED and
-- retried). next_attempt_at doubles as the lease of a claimed (PROCESSING) event.
create table channels_webhook_event (
    id              uuid primary key,
    workspace_id    uuid not null,
    channel_id      uuid not null,
    app_secret_fp   varchar(64) not null,
    received_at     timestamp with time zone not null,
    body            text not null,
    status          varchar(16) not null,
    attempts        integer not null,
    next_attempt_at timestamp with time zone not null,
    processed_at    timestamp with time zone,
    last_error      varchar(2000)
);
create index channels_webhook_event_due_ix on channels_webhook_event (status, next_attempt_at);
create index channels_webhook_event_ws_ix on channels_webhook_event (workspace_id, received_at);

-- Inbound media files, downloaded from the Graph API into the data directory (media/).
create table channels_media (
    id              uuid primary key,
    workspace_id    uuid not null,
    channel_id      uuid not null,
    media_id        varchar(128) not null,
    status          varchar(16)  not null,
    mime_type       varchar(200),
    expected_sha256 varchar(100),
    sha256          varchar(64),
    file_size       bigint,
    path            varchar(1000),
    attempts        integer not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(2000),
    created_at      timestamp with time zone not null,
    stored_at       timestamp with time zone,
    constraint channels_media_uk unique (workspace_id, channel_id, media_id)
);
create index channels_media_due_ix on channels_media (status, next_attempt_at);

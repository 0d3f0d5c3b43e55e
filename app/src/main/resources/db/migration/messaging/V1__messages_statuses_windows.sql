-- Messages in both directions. content: the normalized body as JSON; raw: Meta's message object as sent.
create table messaging_message (
    id                       uuid primary key,
    workspace_id             uuid not null,
    channel_id               uuid not null,
    contact_id               uuid not null,
    direction                varchar(3)  not null,
    type                     varchar(40) not null,
    content                  text not null,
    raw                      text not null,
    provider_message_id      varchar(200) not null,
    status                   varchar(16) not null,
    error_code               integer,
    error_title              varchar(500),
    context_id               varchar(200),
    biz_opaque_callback_data varchar(1000),
    pricing                  text,
    occurred_at              timestamp with time zone not null,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    constraint messaging_message_provider_uk unique (workspace_id, channel_id, provider_message_id)
);
create index messaging_message_contact_ix on messaging_message (workspace_id, contact_id, occurred_at);

-- Every status Meta reported, deduplicated; keyed by provider id so it may precede its message.
create table messaging_message_status (
    id                       uuid primary key,
    workspace_id             uuid not null,
    channel_id               uuid not null,
    provider_message_id      varchar(200) not null,
    status                   varchar(24) not null,
    occurred_at              timestamp with time zone not null,
    error_code               integer,
    error_title              varchar(500),
    pricing                  text,
    conversation             text,
    biz_opaque_callback_data varchar(1000),
    raw                      text not null,
    recorded_at              timestamp with time zone not null,
    constraint messaging_message_status_uk unique (workspace_id, channel_id, provider_message_id, status, occurred_at)
);

-- The customer service window: last inbound message per (contact, business number), by Meta's clock.
create table messaging_service_window (
    workspace_id    uuid not null,
    contact_id      uuid not null,
    channel_id      uuid not null,
    last_inbound_at timestamp with time zone not null,
    primary key (workspace_id, contact_id, channel_id)
);

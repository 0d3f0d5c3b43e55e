-- Message templates per workspace and channel (the channel's WABA holds them at Meta). definition is the
-- template as written (JSON text: one text column works on H2 and PostgreSQL); status_at and quality_at
-- are the provider's times of the last applied webhook, so an older redelivery changes nothing.
create table templates_template (
    id                uuid primary key,
    workspace_id      uuid not null,
    channel_id        uuid not null,
    name              varchar(512) not null,
    language          varchar(16)  not null,
    category          varchar(24)  not null,
    parameter_format  varchar(16)  not null,
    definition        text         not null,
    status            varchar(24)  not null,
    rejection_reason  varchar(1000),
    quality           varchar(16)  not null,
    provider_id       varchar(64),
    status_at         timestamp with time zone,
    quality_at        timestamp with time zone,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint templates_template_name_uk unique (workspace_id, channel_id, name, language)
);
create index templates_template_provider_ix on templates_template (workspace_id, provider_id);

-- Meta's re-categorisations and their 24-hour warnings; the unique key makes a redelivered webhook a no-op.
create table templates_category_change (
    id                uuid primary key,
    workspace_id      uuid not null,
    template_id       uuid not null,
    kind              varchar(16)  not null,
    previous_category varchar(24),
    new_category      varchar(24),
    correct_category  varchar(24),
    occurred_at       timestamp with time zone not null,
    constraint templates_category_change_uk unique (template_id, kind, occurred_at)
);
create index templates_category_change_ws_ix on templates_category_change (workspace_id, template_id);

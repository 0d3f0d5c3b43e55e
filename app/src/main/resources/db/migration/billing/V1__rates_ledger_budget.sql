-- Rate cards. workspace_id = the nil UUID for the installation's defaults, else the workspace whose override
-- it is. The rate in force at an instant is the line with the latest effective_from on or before its UTC date.
create table billing_rate (
    id             uuid primary key,
    workspace_id   uuid not null,
    country        varchar(8)  not null,
    category       varchar(40) not null,
    pricing_model  varchar(8)  not null,
    price          numeric(14, 6) not null,
    currency       varchar(3)  not null,
    effective_from date not null,
    updated_at     timestamp with time zone not null,
    constraint billing_rate_uk unique (workspace_id, country, category, effective_from)
);

-- One row per priced outbound message, written once from the first status that carried Meta's pricing
-- object (unique on the message; statuses arrive several times and out of order). Non-billable messages get
-- a zero amount, so the ledger counts every message Meta reported a price decision for.
-- billing_month: the billing month (UTC) of sent_at, 'YYYY-MM'. rate_id: null when no rate card line matched.
create table billing_ledger (
    id                  uuid primary key,
    workspace_id        uuid not null,
    message_id          uuid not null,
    provider_message_id varchar(200) not null,
    channel_id          uuid not null,
    contact_id          uuid not null,
    country             varchar(8)  not null,
    category            varchar(40) not null,
    meta_category       varchar(40),
    pricing_model       varchar(8),
    pricing_type        varchar(40),
    billable            boolean not null,
    amount              numeric(14, 6) not null,
    currency            varchar(3) not null,
    rate_id             uuid,
    conversation_id     varchar(200),
    source              varchar(16),
    campaign_id         varchar(200),
    sent_at             timestamp with time zone not null,
    billing_month       varchar(7) not null,
    recorded_at         timestamp with time zone not null,
    constraint billing_ledger_message_uk unique (workspace_id, message_id)
);
create index billing_ledger_month_ix on billing_ledger (workspace_id, billing_month);
create index billing_ledger_sent_ix on billing_ledger (workspace_id, sent_at);
create index billing_ledger_conversation_ix on billing_ledger (workspace_id, conversation_id);

-- The monthly budget cap per workspace (none: no row).
create table billing_budget (
    workspace_id uuid primary key,
    amount       numeric(14, 4) not null,
    currency     varchar(3) not null,
    updated_at   timestamp with time zone not null
);

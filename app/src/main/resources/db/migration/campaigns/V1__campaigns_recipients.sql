-- Broadcasts of one approved template from one number to an audience. The audience is materialised into
-- campaigns_recipient at launch, one row per contact (unique), so a restart continues where it stopped.
create table campaigns_campaign (
    id              uuid primary key,
    workspace_id    uuid not null,
    name            varchar(120) not null,
    channel_id      uuid not null,
    template_name   varchar(512) not null,
    template_lang   varchar(15) not null,
    parameters      varchar(8000) not null,
    audience        text not null,
    status          varchar(16) not null,
    -- the audience is turned into recipients by the runner after launch, a chunk per transaction:
    -- prepared_upto counts the audience entries done, prepared is set once all are
    prepared_upto   integer not null default 0,
    prepared        boolean not null default false,
    pause_reason    varchar(500),
    scheduled_at    timestamp with time zone,
    launched_at     timestamp with time zone,
    finished_at     timestamp with time zone,
    created_by      uuid,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index campaigns_campaign_ws_ix on campaigns_campaign (workspace_id, created_at);
create index campaigns_campaign_status_ix on campaigns_campaign (status, scheduled_at);

-- state: PENDING (not yet handed to messaging), QUEUED (accepted by the outbound policy), SKIPPED (refused,
-- with the policy's reason). status follows the message: SENT, DELIVERED, READ, FAILED (error_code).
create table campaigns_recipient (
    workspace_id    uuid not null,
    campaign_id     uuid not null,
    contact_id      uuid not null,
    state           varchar(16) not null,
    reason          varchar(40),
    message_id      uuid,
    status          varchar(16),
    error_code      integer,
    replied_at      timestamp with time zone,
    updated_at      timestamp with time zone not null,
    primary key (campaign_id, contact_id)
);
create index campaigns_recipient_pending_ix on campaigns_recipient (campaign_id, state);
create index campaigns_recipient_message_ix on campaigns_recipient (workspace_id, message_id);
create index campaigns_recipient_contact_ix on campaigns_recipient (workspace_id, contact_id);

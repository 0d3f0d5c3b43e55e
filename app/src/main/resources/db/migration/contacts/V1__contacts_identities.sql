-- Contacts and their channel identities. Tags, typed properties and segments come later as their own
-- tables keyed by (workspace_id, contact_id), so these two stay narrow.
create table contacts_contact (
    id           uuid primary key,
    workspace_id uuid not null,
    profile_name varchar(200),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index contacts_contact_ws_ix on contacts_contact (workspace_id, created_at);

-- kind: WA_ID, WA_USER_ID (BSUID), WA_USERNAME, PHONE (E.164), EMAIL. One owner per value and workspace.
create table contacts_identity (
    id             uuid primary key,
    workspace_id   uuid not null,
    contact_id     uuid not null,
    kind           varchar(24)  not null,
    identity_value varchar(320) not null,
    created_at     timestamp with time zone not null,
    constraint contacts_identity_uk unique (workspace_id, kind, identity_value)
);
create index contacts_identity_contact_ix on contacts_identity (workspace_id, contact_id);

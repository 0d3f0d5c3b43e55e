-- Tenants, people and credentials. Users are installation-wide (one e-mail, one password) and
-- belong to workspaces through memberships; everything else is scoped by workspace_id.
create table workspace_workspace (
    id          uuid primary key,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null,
    created_at  timestamp with time zone not null
);

create table workspace_user (
    id                  uuid primary key,
    email               varchar(320) not null,
    display_name        varchar(200) not null,
    password_hash       varchar(255) not null,
    instance_admin      boolean not null,
    created_at          timestamp with time zone not null,
    password_changed_at timestamp with time zone not null,
    constraint workspace_user_email_uk unique (email)
);

create table workspace_member (
    workspace_id uuid not null,
    user_id      uuid not null,
    role         varchar(16) not null,
    active       boolean not null,
    joined_at    timestamp with time zone not null,
    primary key (workspace_id, user_id)
);
create index workspace_member_user_ix on workspace_member (user_id);

create table workspace_team (
    id           uuid primary key,
    workspace_id uuid not null,
    name         varchar(100) not null,
    created_at   timestamp with time zone not null,
    constraint workspace_team_name_uk unique (workspace_id, name)
);

create table workspace_team_member (
    workspace_id uuid not null,
    team_id      uuid not null,
    user_id      uuid not null,
    primary key (team_id, user_id)
);
create index workspace_team_member_ws_ix on workspace_team_member (workspace_id, user_id);

create table workspace_api_key (
    id           uuid primary key,
    workspace_id uuid not null,
    name         varchar(100) not null,
    prefix       varchar(16)  not null,
    secret_hash  varchar(64)  not null,
    created_at   timestamp with time zone not null,
    created_by   uuid,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint workspace_api_key_hash_uk unique (secret_hash)
);
create index workspace_api_key_ws_ix on workspace_api_key (workspace_id);

create table workspace_invitation (
    id           uuid primary key,
    workspace_id uuid not null,
    email        varchar(320) not null,
    role         varchar(16)  not null,
    token_hash   varchar(64)  not null,
    invited_by   uuid,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    accepted_at  timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint workspace_invitation_token_uk unique (token_hash)
);
create index workspace_invitation_ws_ix on workspace_invitation (workspace_id);

-- Failed sign-ins, by account and by client address, for throttling across nodes.
create table workspace_login_failure (
    id           uuid primary key,
    throttle_key varchar(400) not null,
    failed_at    timestamp with time zone not null
);
create index workspace_login_failure_key_ix on workspace_login_failure (throttle_key, failed_at);

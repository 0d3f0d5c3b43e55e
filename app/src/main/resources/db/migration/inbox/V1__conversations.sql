-- Conversations as work items. No message bodies: the thread is read from messaging by contact and channel.
-- active_key is "<contact>:<channel>" while the conversation is not resolved and null once it is, so the
-- unique constraint allows one open conversation per contact and number without a partial index (H2).
create table inbox_conversation (
    id                 uuid primary key,
    workspace_id       uuid not null,
    contact_id         uuid not null,
    channel_id         uuid not null,
    active_key         varchar(80),
    status             varchar(16) not null,
    snoozed_until      timestamp with time zone,
    snoozed_until_reply boolean not null default false,
    priority           varchar(16) not null,
    subject            varchar(200),
    assignee_id        uuid,
    team_id            uuid,
    unread_count       integer not null default 0,
    last_message_id    uuid,
    last_message_type  varchar(40),
    last_direction     varchar(3),
    last_message_at    timestamp with time zone,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    resolved_at        timestamp with time zone,
    constraint inbox_conversation_active_uk unique (workspace_id, active_key)
);
create index inbox_conversation_list_ix on inbox_conversation (workspace_id, status, last_message_at);
create index inbox_conversation_assignee_ix on inbox_conversation (workspace_id, assignee_id, status);
create index inbox_conversation_contact_ix on inbox_conversation (workspace_id, contact_id);

-- Which message belongs to which conversation; the primary key makes the event listeners idempotent.
create table inbox_conversation_message (
    workspace_id    uuid not null,
    message_id      uuid not null,
    conversation_id uuid not null,
    direction       varchar(3) not null,
    occurred_at     timestamp with time zone not null,
    primary key (workspace_id, message_id)
);

create table inbox_conversation_label (
    workspace_id    uuid not null,
    conversation_id uuid not null,
    label           varchar(60) not null,
    primary key (workspace_id, conversation_id, label)
);

-- Internal notes: written by agents, never sent to the customer.
create table inbox_note (
    id              uuid primary key,
    workspace_id    uuid not null,
    conversation_id uuid not null,
    author_id       uuid,
    author_name     varchar(200) not null,
    body            varchar(4000) not null,
    created_at      timestamp with time zone not null
);
create index inbox_note_conversation_ix on inbox_note (workspace_id, conversation_id, created_at);

-- A mention of a user in a note, until they read it.
create table inbox_mention (
    workspace_id    uuid not null,
    note_id         uuid not null,
    user_id         uuid not null,
    conversation_id uuid not null,
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone,
    primary key (workspace_id, note_id, user_id)
);

-- Per agent: capacity for automatic assignment, presence (a heartbeat row any node can read), round-robin turn (a counter:
-- timestamps tie when assignments come faster than the clock ticks).
create table inbox_agent (
    workspace_id     uuid not null,
    user_id          uuid not null,
    capacity         integer not null,
    available        boolean not null default false,
    last_seen_at     timestamp with time zone,
    assigned_turn    bigint not null default 0,
    primary key (workspace_id, user_id)
);

-- Automatic assignment per channel number: to which team, by which strategy.
create table inbox_auto_assignment (
    workspace_id uuid not null,
    channel_id   uuid not null,
    team_id      uuid not null,
    strategy     varchar(20) not null,
    updated_at   timestamp with time zone not null,
    primary key (workspace_id, channel_id)
);

create table inbox_canned_reply (
    id           uuid primary key,
    workspace_id uuid not null,
    shortcut     varchar(60) not null,
    body         varchar(4000) not null,
    created_at   timestamp with time zone not null,
    constraint inbox_canned_reply_shortcut_uk unique (workspace_id, shortcut)
);

-- A name people give the contact (the WhatsApp profile name stays as the user set it) and the time of the
-- last message either way, kept here so the list can filter and sort on it without reading messaging.
alter table contacts_contact add column display_name varchar(200);
alter table contacts_contact add column last_activity_at timestamp with time zone;
create index contacts_contact_activity_ix on contacts_contact (workspace_id, last_activity_at);

-- Tags per workspace; name_key is the lower-cased name, so "VIP" and "vip" are one tag (no functional
-- index on H2).
create table contacts_tag (
    id           uuid primary key,
    workspace_id uuid not null,
    name         varchar(60) not null,
    name_key     varchar(60) not null,
    colour       varchar(7)  not null,
    created_at   timestamp with time zone not null,
    constraint contacts_tag_name_uk unique (workspace_id, name_key)
);

create table contacts_contact_tag (
    workspace_id uuid not null,
    contact_id   uuid not null,
    tag_id       uuid not null,
    primary key (workspace_id, contact_id, tag_id)
);
create index contacts_contact_tag_tag_ix on contacts_contact_tag (workspace_id, tag_id);

-- Typed custom properties. options: the choices of single_select and multi_select, one per line.
create table contacts_property (
    id           uuid primary key,
    workspace_id uuid not null,
    property_key varchar(64)  not null,
    label        varchar(120) not null,
    type         varchar(16)  not null,
    options      text,
    created_at   timestamp with time zone not null,
    constraint contacts_property_key_uk unique (workspace_id, property_key)
);

-- A value in its canonical text form (number: plain decimal, date: ISO, boolean: true/false); a
-- multi_select value is one row per chosen option, so "has option X" is one indexed lookup for every type.
create table contacts_property_value (
    workspace_id uuid not null,
    contact_id   uuid not null,
    property_id  uuid not null,
    item         varchar(1000) not null,
    primary key (workspace_id, contact_id, property_id, item)
);
create index contacts_property_value_filter_ix on contacts_property_value (workspace_id, property_id, item);

create table contacts_note (
    id           uuid primary key,
    workspace_id uuid not null,
    contact_id   uuid not null,
    author_id    uuid,
    author_name  varchar(200) not null,
    body         text not null,
    created_at   timestamp with time zone not null
);
create index contacts_note_contact_ix on contacts_note (workspace_id, contact_id, created_at);

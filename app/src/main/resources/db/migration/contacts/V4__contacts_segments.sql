-- Saved segments: a name and a definition (JSON: match all/any and conditions). Members are not stored; they
-- are evaluated when a segment is counted, listed or a campaign launches from it.
create table contacts_segment (
    id           uuid primary key,
    workspace_id uuid not null,
    name         varchar(120) not null,
    definition   text not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index contacts_segment_ws_ix on contacts_segment (workspace_id, name);

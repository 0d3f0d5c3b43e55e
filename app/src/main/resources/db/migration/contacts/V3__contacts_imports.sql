-- CSV imports as jobs: the uploaded file, the column mapping chosen after upload, progress and counts.
-- processed_rows advances with each committed batch, so a run interrupted by a restart resumes after it.
create table contacts_import (
    id               uuid primary key,
    workspace_id     uuid not null,
    file_name        varchar(200) not null,
    content          text not null,
    columns_header   text not null,
    status           varchar(16) not null,
    mapping          text,
    default_country  varchar(4),
    total_rows       integer not null,
    processed_rows   integer not null default 0,
    created_rows     integer not null default 0,
    updated_rows     integer not null default 0,
    error_rows       integer not null default 0,
    created_by       varchar(200) not null,
    created_at       timestamp with time zone not null,
    finished_at      timestamp with time zone
);
create index contacts_import_ws_ix on contacts_import (workspace_id, created_at);

-- One row per refused line, for the downloadable report.
create table contacts_import_error (
    workspace_id uuid not null,
    import_id    uuid not null,
    line_no      integer not null,
    message      varchar(500) not null,
    raw          text not null,
    primary key (workspace_id, import_id, line_no)
);

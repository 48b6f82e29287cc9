-- An uploaded activities sheet, validated (a rolled-back run) and then imported in the background.
-- The file is kept so that "confirm" imports exactly what was previewed; jobs live one day.
create table activity_import_job (
    id          bigserial primary key,
    owner       varchar(64)  not null,
    file_name   varchar(255) not null,
    bytes       integer      not null,
    content     bytea        not null,
    status      varchar(16)  not null,
    total_rows  integer      not null default 0,
    done_rows   integer      not null default 0,
    report      text,
    created_at  timestamptz  not null default now()
);

create index activity_import_job_created on activity_import_job (created_at);

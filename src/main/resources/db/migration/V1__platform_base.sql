create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Spring Modulith's event publication registry (JPA), so no event between modules is lost.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(32),
    completion_attempts    integer not null default 0,
    last_resubmission_date timestamp(6) with time zone
);
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(32),
    completion_attempts    integer not null default 0,
    last_resubmission_date timestamp(6) with time zone
);

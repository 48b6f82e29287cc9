create table organization (
    id             bigserial primary key,
    acronym        varchar(40),
    name           varchar(300) not null,
    kind           varchar(32) not null,
    country_iso3   varchar(3) references country (iso3),
    parent_id      bigint references organization (id),
    website        varchar(500),
    merged_into_id bigint references organization (id),
    last_verified  date not null,
    search_text    text not null,
    created_at     timestamp(6) with time zone not null,
    version        integer not null default 0
);
create index organization_search on organization using gin (search_text gin_trgm_ops);
create index organization_country on organization (country_iso3);

create table organization_theme (
    organization_id bigint not null references organization (id) on delete cascade,
    gcm_objective   integer not null references gcm_objective (number),
    primary key (organization_id, gcm_objective)
);

create table organization_mechanism (
    organization_id bigint not null references organization (id) on delete cascade,
    mechanism_code  varchar(16) not null references mechanism (code),
    primary key (organization_id, mechanism_code)
);

create table contact (
    id              bigserial primary key,
    honorific       varchar(40),
    given_name      varchar(120) not null,
    family_name     varchar(120) not null,
    job_title       varchar(300),
    organization_id bigint references organization (id),
    email           varchar(254),
    phone           varchar(60),
    languages       varchar(40),
    demo            boolean not null default false,
    last_verified   date not null,
    search_text     text not null,
    created_at      timestamp(6) with time zone not null,
    version         integer not null default 0
);
create index contact_search on contact using gin (search_text gin_trgm_ops);
create index contact_organization on contact (organization_id);

create table contact_theme (
    contact_id    bigint not null references contact (id) on delete cascade,
    gcm_objective integer not null references gcm_objective (number),
    primary key (contact_id, gcm_objective)
);

-- a seat ("RCM liaison officer for consular protection - Guatemala"); people come and go
create table position (
    id              bigserial primary key,
    title           varchar(300) not null,
    organization_id bigint references organization (id),
    country_iso3    varchar(3) references country (iso3),
    mechanism_code  varchar(16) references mechanism (code),
    body_code       varchar(16),
    focal_point     boolean not null default false,
    last_verified   date not null,
    search_text     text not null,
    created_at      timestamp(6) with time zone not null,
    version         integer not null default 0
);
create index position_search on position using gin (search_text gin_trgm_ops);
create index position_country on position (country_iso3);

create table position_term (
    id          bigserial primary key,
    position_id bigint not null references position (id) on delete cascade,
    contact_id  bigint not null references contact (id),
    starts_on   date not null,
    ends_on     date,
    check (ends_on is null or ends_on >= starts_on)
);
create index position_term_position on position_term (position_id);
create index position_term_contact on position_term (contact_id);

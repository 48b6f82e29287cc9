create table mechanism (
    id                  bigserial primary key,
    code                varchar(16) not null unique,
    acronym_es          varchar(20),
    acronym_en          varchar(20),
    acronym_fr          varchar(20),
    name_es             varchar(300),
    name_en             varchar(300),
    name_fr             varchar(300),
    kind                varchar(100) not null,
    established         integer,
    secretariat         varchar(400),
    presidency_rotation varchar(200),
    notes               text,
    version             integer not null default 0
);

create table mechanism_membership (
    id           bigserial primary key,
    mechanism_id bigint not null references mechanism (id) on delete cascade,
    country_iso3 varchar(3) not null references country (iso3),
    status       varchar(16) not null check (status in ('MEMBER', 'OBSERVER', 'SIGNATORY')),
    since        date,
    until        date,
    check (until is null or since is null or until >= since)
);
create index mechanism_membership_country on mechanism_membership (country_iso3);

create table mechanism_observer_organization (
    id           bigserial primary key,
    mechanism_id bigint not null references mechanism (id) on delete cascade,
    name         varchar(200) not null
);

create table mechanism_body (
    id           bigserial primary key,
    mechanism_id bigint not null references mechanism (id) on delete cascade,
    code         varchar(16) not null,
    name_es      varchar(300),
    name_en      varchar(300),
    name_fr      varchar(300),
    kind         varchar(40) not null,
    notes        text,
    version      integer not null default 0,
    unique (mechanism_id, code)
);

create table mechanism_presidency (
    id           bigserial primary key,
    mechanism_id bigint not null references mechanism (id) on delete cascade,
    country_iso3 varchar(3) not null references country (iso3),
    starts_on    date not null,
    ends_on      date not null,
    check (ends_on >= starts_on)
);

create table instrument (
    id             bigserial primary key,
    mechanism_code varchar(16) not null references mechanism (code),
    body_code      varchar(16),
    kind           varchar(32) not null,
    title_es       varchar(500),
    title_en       varchar(500),
    title_fr       varchar(500),
    adopted_year   integer,
    adopted_on     date,
    notes          text,
    version        integer not null default 0
);

-- Activities (IATI-aligned), their funding, indicators and progress reports.

create table activity (
    id                bigserial primary key,
    identifier        varchar(100) not null unique,
    title_es          varchar(400),
    title_en          varchar(400),
    title_fr          varchar(400),
    description_es    text,
    description_en    text,
    description_fr    text,
    original_language varchar(2) not null check (original_language in ('es', 'en', 'fr')),
    status            smallint not null check (status between 1 and 6),
    planned_start     date,
    planned_end       date,
    actual_start      date,
    actual_end        date,
    budget            numeric(18, 2) check (budget >= 0),
    currency          varchar(3) not null,
    demo              boolean not null default false,
    version           integer not null default 0,
    check (title_es is not null or title_en is not null or title_fr is not null)
);

create table activity_other_identifier (
    activity_id bigint not null references activity (id) on delete cascade,
    position    integer not null,
    type        varchar(40) not null,
    value       varchar(100) not null,
    primary key (activity_id, position)
);

-- Organisations are the directory's; no foreign key so a directory merge never blocks on activities.
create table activity_participant (
    activity_id     bigint not null references activity (id) on delete cascade,
    organization_id bigint not null,
    role            smallint not null check (role between 1 and 4),
    primary key (activity_id, organization_id, role)
);
create index activity_participant_organization on activity_participant (organization_id);

create table activity_country (
    activity_id  bigint not null references activity (id) on delete cascade,
    country_iso3 varchar(3) not null references country (iso3),
    percentage   numeric(5, 2) not null check (percentage > 0 and percentage <= 100),
    primary key (activity_id, country_iso3)
);
create index activity_country_country on activity_country (country_iso3);

create table activity_objective (
    activity_id   bigint not null references activity (id) on delete cascade,
    gcm_objective integer not null references gcm_objective (number),
    primary key (activity_id, gcm_objective)
);

create table activity_sdg_target (
    activity_id bigint not null references activity (id) on delete cascade,
    sdg_target  varchar(8) not null references sdg_target (code),
    primary key (activity_id, sdg_target)
);

create table activity_location (
    activity_id bigint not null references activity (id) on delete cascade,
    position    integer not null,
    name        varchar(200) not null,
    latitude    numeric(9, 6) check (latitude between -90 and 90),
    longitude   numeric(9, 6) check (longitude between -180 and 180),
    primary key (activity_id, position)
);

-- Measures belong to the commitments module; the foreign key to them comes when both are merged.
create table activity_measure (
    activity_id  bigint not null references activity (id) on delete cascade,
    measure_id   bigint not null,
    measure_code varchar(60) not null,
    primary key (activity_id, measure_id)
);
create index activity_measure_measure on activity_measure (measure_id);

-- US dollars for one unit of the currency, from the given date until the next rate.
create table exchange_rate (
    id         bigserial primary key,
    currency   varchar(3) not null,
    valid_from date not null,
    usd        numeric(20, 10) not null check (usd > 0),
    unique (currency, valid_from)
);

create table activity_transaction (
    id            bigserial primary key,
    activity_id   bigint not null references activity (id) on delete cascade,
    type          smallint not null check (type in (2, 3, 4)),
    value_date    date not null,
    provider_id   bigint,
    provider_name varchar(300),
    receiver_id   bigint,
    receiver_name varchar(300),
    value         numeric(18, 2) not null check (value >= 0),
    currency      varchar(3) not null,
    value_usd     numeric(18, 2) not null check (value_usd >= 0)
);
create index activity_transaction_activity on activity_transaction (activity_id);

create table activity_indicator (
    id          bigserial primary key,
    activity_id bigint not null references activity (id) on delete cascade,
    title       varchar(300) not null,
    unit        varchar(60),
    baseline    numeric(18, 2),
    baseline_year integer
);
create index activity_indicator_activity on activity_indicator (activity_id);

create table indicator_period (
    id           bigserial primary key,
    indicator_id bigint not null references activity_indicator (id) on delete cascade,
    period_start date not null,
    period_end   date not null check (period_end >= period_start),
    target       numeric(18, 2),
    actual       numeric(18, 2)
);

create table progress_report (
    id               bigserial primary key,
    activity_id      bigint not null references activity (id) on delete cascade,
    period_start     date not null,
    period_end       date not null check (period_end >= period_start),
    narrative        text not null,
    percent_complete integer not null check (percent_complete between 0 and 100),
    status           varchar(10) not null check (status in ('SUBMITTED', 'APPROVED', 'RETURNED')),
    author           varchar(100) not null,
    submitted_at     timestamp with time zone not null,
    reviewer         varchar(100),
    reviewed_at      timestamp with time zone,
    review_comment   text
);
create index progress_report_activity on progress_report (activity_id);
create index progress_report_status on progress_report (status);

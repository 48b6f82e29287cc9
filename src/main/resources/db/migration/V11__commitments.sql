-- Instruments move from the mechanisms module to commitments; the table and its rows stay.
-- The reference key lets the loader recognise an instrument it already carried in, even after a
-- secretariat has edited its title.
alter table instrument add column reference_key varchar(600) unique;
update instrument set reference_key = mechanism_code || ':' || coalesce(title_en, title_es, title_fr);

update instrument set kind = case kind
    when 'declaration' then 'DECLARATION'
    when 'strategic plan' then 'STRATEGIC_PLAN'
    when 'plan' then 'STRATEGIC_PLAN'
    when 'work plan' then 'WORK_PLAN'
    when 'guidelines' then 'GUIDELINES'
    when 'policy' then 'GUIDELINES'
    when 'protocol' then 'PROTOCOL'
    else 'RESOLUTION' end;
alter table instrument add constraint instrument_kind_known
    check (kind in ('DECLARATION', 'STRATEGIC_PLAN', 'WORK_PLAN', 'RESOLUTION', 'GUIDELINES', 'PROTOCOL'));

alter table instrument
    add column access_level      varchar(8) not null default 'PUBLIC' check (access_level in ('PUBLIC', 'MEMBERS')),
    add column original_language varchar(2) not null default 'es' check (original_language in ('es', 'en', 'fr')),
    add column text_es           text,
    add column text_en           text,
    add column text_fr           text,
    add column meeting           varchar(300);

create table instrument_document (
    instrument_id bigint not null references instrument (id) on delete cascade,
    position      integer not null,
    label         varchar(300),
    url           varchar(1000) not null,
    primary key (instrument_id, position)
);

create table commitment (
    id                bigserial primary key,
    instrument_id     bigint not null references instrument (id) on delete cascade,
    number            varchar(16) not null,
    text_es           text,
    text_en           text,
    text_fr           text,
    original_language varchar(2) not null check (original_language in ('es', 'en', 'fr')),
    version           integer not null default 0,
    unique (instrument_id, number)
);

-- Applicability is derived from membership; these rows are the secretariat's exceptions.
create table commitment_country (
    commitment_id bigint not null references commitment (id) on delete cascade,
    country_iso3  varchar(3) not null references country (iso3),
    applies       boolean not null,
    primary key (commitment_id, country_iso3)
);

create table agreed_measure (
    id                 bigserial primary key,
    commitment_id      bigint not null references commitment (id) on delete cascade,
    code               varchar(40) not null unique,
    title_es           varchar(500),
    title_en           varchar(500),
    title_fr           varchar(500),
    description_es     text,
    description_en     text,
    description_fr     text,
    original_language  varchar(2) not null check (original_language in ('es', 'en', 'fr')),
    responsible_body   varchar(300),
    target_date        date,
    estimated_cost_usd numeric(16, 2) check (estimated_cost_usd >= 0),
    version            integer not null default 0
);

create table agreed_measure_gcm (
    measure_id    bigint not null references agreed_measure (id) on delete cascade,
    gcm_objective integer not null references gcm_objective (number),
    primary key (measure_id, gcm_objective)
);

create table agreed_measure_sdg (
    measure_id bigint not null references agreed_measure (id) on delete cascade,
    sdg_target varchar(8) not null references sdg_target (code),
    primary key (measure_id, sdg_target)
);

create table agreed_measure_theme (
    measure_id bigint not null references agreed_measure (id) on delete cascade,
    theme      varchar(60) not null,
    primary key (measure_id, theme)
);

create index agreed_measure_commitment on agreed_measure (commitment_id);
create index commitment_instrument on commitment (instrument_id);

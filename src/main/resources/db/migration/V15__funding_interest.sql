-- A donor's or development bank's expression of interest in funding an agreed measure: seen by the
-- organisation that made it and by the secretariat of the mechanism that adopted the measure.
create table funding_interest (
    id              bigserial primary key,
    measure_id      bigint not null references agreed_measure (id) on delete cascade,
    organization_id bigint not null references organization (id),
    amount_usd      numeric(16, 2) check (amount_usd is null or amount_usd > 0),
    modality        varchar(30) not null,
    message         varchar(2000),
    status          varchar(20) not null default 'OPEN' check (status in ('OPEN', 'ACKNOWLEDGED', 'WITHDRAWN')),
    created_by      varchar(200) not null,
    created_at      timestamptz not null default now(),
    reviewed_by     varchar(200),
    reviewed_at     timestamptz
);

-- One live expression per organisation and measure; a withdrawn one may be made again.
create unique index funding_interest_live on funding_interest (measure_id, organization_id) where status <> 'WITHDRAWN';
create index funding_interest_organization on funding_interest (organization_id);

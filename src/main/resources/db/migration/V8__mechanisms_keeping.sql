-- Secretariats now edit memberships and presidencies: each row carries a version for optimistic locking.
alter table mechanism_membership add column version integer not null default 0;
alter table mechanism_presidency add column version integer not null default 0;

-- Bodies are of a fixed set of kinds.
alter table mechanism_body add constraint mechanism_body_kind check (kind in
    ('decision body', 'technical-policy body', 'secretariat', 'presidency', 'network', 'working group',
     'ad hoc group'));

-- Mechanism pages read memberships and presidencies by mechanism.
create index mechanism_membership_mechanism on mechanism_membership (mechanism_id, country_iso3);
create index mechanism_presidency_mechanism on mechanism_presidency (mechanism_id, starts_on);

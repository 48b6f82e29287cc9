create table audit_entry (
    id          bigserial primary key,
    entity_type varchar(40) not null,
    entity_id   varchar(64) not null,
    action      varchar(16) not null,
    actor       varchar(64),
    at          timestamp(6) with time zone not null,
    before      jsonb,
    after       jsonb
);
create index audit_entry_entity on audit_entry (entity_type, entity_id, at desc);

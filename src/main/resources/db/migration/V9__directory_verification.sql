-- The key that signs the directory's "confirm your entry" links. One row, made on first use, so
-- every instance of the platform on this database signs and checks links alike.
create table directory_link_key (
    id         smallint primary key check (id = 1),
    secret     bytea not null,
    created_at timestamp(6) with time zone not null
);


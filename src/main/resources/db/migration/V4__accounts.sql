create table account (
    id            bigserial primary key,
    username      varchar(64) not null,
    email         varchar(254) not null,
    display_name  varchar(200) not null,
    password_hash varchar(255),
    language      varchar(2),
    enabled       boolean not null default true,
    demo          boolean not null default false,
    created_at    timestamp(6) with time zone not null,
    version       integer not null default 0
);
create unique index account_username on account (lower(username));
create unique index account_email on account (lower(email));

create table account_grant (
    id         bigserial primary key,
    account_id bigint not null references account (id) on delete cascade,
    role       varchar(16) not null check (role in ('ADMIN', 'SECRETARIAT', 'FOCAL_POINT', 'PARTNER', 'MEMBER')),
    scope      varchar(64),
    unique (account_id, role, scope)
);

-- one-time links sent by e-mail: invitations and password resets; only a hash is kept
create table account_link (
    id         bigserial primary key,
    account_id bigint not null references account (id) on delete cascade,
    purpose    varchar(16) not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash varchar(64) not null unique,
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone
);

create table api_token (
    id           bigserial primary key,
    account_id   bigint not null references account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64) not null unique,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone
);

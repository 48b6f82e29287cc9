create table country (
    iso3    varchar(3) primary key,
    iso2    varchar(2) not null unique,
    name_es varchar(100) not null,
    name_en varchar(100) not null,
    name_fr varchar(100) not null,
    region  varchar(40) not null
);

create table gcm_objective (
    number   integer primary key check (number between 1 and 23),
    short_es varchar(120) not null,
    short_en varchar(120) not null,
    short_fr varchar(120) not null,
    title_en varchar(400) not null
);

create table sdg_target (
    code     varchar(8) primary key,
    short_es varchar(200) not null,
    short_en varchar(200) not null,
    short_fr varchar(200) not null
);

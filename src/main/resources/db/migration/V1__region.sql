-- Region module: local governments (지방자치단체) as entities that keep their identity across code changes.

-- One row per government entity. 김제시 is one entity whether coded 45210 (to 2024-01-17) or 52210.
create table region_government (
    id bigint generated always as identity primary key
);

-- One row per code period of a government, exactly as the reference file lists it.
create table region_government_code (
    code         char(5)     primary key,
    government_id bigint     not null references region_government (id),
    name_ko      varchar(50) not null,
    name_en      varchar(100) not null,
    level        varchar(10) not null check (level in ('metro', 'basic')),
    type         varchar(40) not null,
    parent_code  char(5),
    valid_from   date        not null,
    valid_to     date,
    check (valid_to is null or valid_to >= valid_from)
);
create index region_government_code_government on region_government_code (government_id);
create index region_government_code_parent on region_government_code (parent_code);

-- Which code periods a code period continues from (a merger or split lists several).
create table region_succession (
    successor_code   char(5) not null references region_government_code (code),
    predecessor_code char(5) not null references region_government_code (code),
    primary key (successor_code, predecessor_code)
);

-- Result module: 추진실적 as append-only facts. A correction is a new fact that names the fact it
-- supersedes and why; nothing is ever updated or deleted, so the whole history stays visible.

create table result_fact (
    id              bigint generated always as identity primary key,
    government_id   bigint        not null references region_government (id),
    year            smallint      not null check (year between 2012 and 2100),
    -- the plan module's stable program id (the same across plan versions); a plain reference, the
    -- plan module owns its tables
    program_id      bigint        not null,
    -- 2020 (year), 2020H1 (half), 2020Q1 (quarter) or 2020-03 (month), always inside year
    period          varchar(7)    not null
        check (period ~ '^[0-9]{4}(H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    jobs_created    numeric(12, 0) not null check (jobs_created >= 0),
    budget_executed numeric(18, 0) check (budget_executed >= 0),
    note            varchar(1000),
    supersedes      bigint        unique references result_fact (id),
    reason          varchar(1000),
    recorded_at     timestamptz   not null default now(),
    recorded_by     varchar(50)   not null,
    demo            boolean       not null default false,
    check (substr(period, 1, 4)::int = year),
    check (supersedes is null or length(btrim(coalesce(reason, ''))) > 0),
    check (supersedes is null or supersedes < id)
);
create index result_fact_government_year on result_fact (government_id, year);
create index result_fact_year on result_fact (year);

-- Evidence (증빙) attached to a fact: PDF, PNG, JPEG or XLSX, type checked by content.
create table result_evidence (
    id          bigint generated always as identity primary key,
    fact_id     bigint       not null references result_fact (id),
    file_name   varchar(200) not null,
    media_type  varchar(100) not null,
    size_bytes  integer      not null check (size_bytes > 0),
    sha256      char(64)     not null,
    content     bytea        not null,
    recorded_at timestamptz  not null default now(),
    recorded_by varchar(50)  not null
);
create index result_evidence_fact on result_evidence (fact_id);

create function result_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: record a correction instead', tg_table_name;
end
$$;
create trigger result_fact_append_only before update or delete on result_fact
    for each row execute function result_append_only();
create trigger result_evidence_append_only before update or delete on result_evidence
    for each row execute function result_append_only();

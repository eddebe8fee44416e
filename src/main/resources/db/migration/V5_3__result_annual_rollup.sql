-- Result module: each government's annual results summed up (roll-up), kept current in the transaction that
-- changes its inputs (a plan disclosed, facts appended), so the dashboard, province and peer pages read
-- stored sums instead of recomputing every government's year on every request. Derived data: it may be
-- rebuilt at any time from the plans and the facts, which stay the record.

create table result_annual_rollup (
    government_id     bigint         not null references region_government (id),
    year              smallint       not null check (year between 2012 and 2100),
    -- the latest disclosed annual plan version the results are measured against
    plan_version      integer        not null,
    -- the government as it was in the year (its plan's reference date), for grouping in SQL: the province it
    -- counts in (its own code when metro) and its peer group (metro, or its type: city, county, district)
    code              char(5)        not null,
    province_code     char(5),
    peer_group        varchar(40)    not null,
    job_target        numeric,
    -- null while nothing has been reported (not a zero)
    jobs_created      numeric,
    budget_planned    numeric,
    budget_executed   numeric,
    programs          integer        not null,
    programs_complete integer        not null,
    demo              boolean        not null,
    last_recorded_at  timestamptz,
    primary key (government_id, year)
);
create index result_annual_rollup_year on result_annual_rollup (year);

-- A row here asks the next start-up to rebuild every roll-up from the plans and facts (and is removed in the
-- same transaction). This migration asks for one, so a database with plans and facts from before it gets
-- its roll-ups; a later change to how roll-ups are computed can ask again with one insert.
create table result_rollup_rebuild (
    requested_at timestamptz not null default now(),
    reason       varchar(200) not null
);
insert into result_rollup_rebuild (reason) values ('V5_3: roll-ups introduced');

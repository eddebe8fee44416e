-- Statistics module: official labour statistics per government, indicator and period, each value with its
-- source and the release (import) it came from. Only real published figures are stored here; no demo values.

-- One import: a shipped reference file, a KOSIS export or a Jobgoal CSV. A file is imported once (sha256).
create table statistics_release (
    id          bigint generated always as identity primary key,
    kind        varchar(20)  not null check (kind in ('reference', 'kosis', 'jobgoal-csv')),
    file_name   varchar(255) not null,
    sha256      char(64)     not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    imported_at timestamptz  not null default now(),
    actor       varchar(50)  not null
);

-- The current official value; earlier values of a corrected figure are in the audit log.
create table statistics_value (
    government_id bigint       not null references region_government (id),
    indicator     varchar(40)  not null check (indicator in ('EMPLOYMENT_RATE_15_64', 'EMPLOYMENT_RATE_15_PLUS',
                      'YOUTH_EMPLOYMENT_RATE_15_29', 'WOMEN_EMPLOYMENT_RATE_15_64', 'WOMEN_EMPLOYMENT_RATE_15_PLUS',
                      'EMPLOYED_PERSONS', 'REGULAR_WORKERS', 'UNEMPLOYMENT_RATE', 'JOBS_CREATED')),
    -- contract syntax: 2020, 2020H1, 2020Q1, 2020-03
    period        varchar(7)   not null check (period ~ '^[0-9]{4}(H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    -- unconstrained numeric keeps the published scale (71.0 stays 71.0)
    value         numeric      not null check (value >= 0),
    unit          varchar(20)  not null check (unit in ('%', 'thousand_persons', 'jobs')),
    source        varchar(300) not null,
    release_id    bigint       not null references statistics_release (id),
    -- KOSIS relative-standard-error caution mark as published ('*', sometimes '0'); null when none
    rse_flag      varchar(5),
    primary key (government_id, indicator, period)
);
create index statistics_value_indicator_period on statistics_value (indicator, period);
create index statistics_value_release on statistics_value (release_id);

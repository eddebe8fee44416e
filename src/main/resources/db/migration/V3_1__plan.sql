-- Plan module: the 4-year comprehensive plan (종합계획, per 민선 term) and the annual plan (연차별 세부계획,
-- per year) of each government, as a draft being edited and as immutable disclosed versions.

-- One plan per government and period: kind ANNUAL has period = the year, COMPREHENSIVE period = the term (민선 N기).
create table plan_plan (
    id             bigint generated always as identity primary key,
    government_id  bigint      not null references region_government (id),
    kind           varchar(15) not null check (kind in ('ANNUAL', 'COMPREHENSIVE')),
    period         int         not null check (period > 0),
    demo           boolean     not null default false,
    created_at     timestamptz not null default now(),
    unique (government_id, kind, period)
);

-- A plan's contents at one point: the single draft (version null) or a disclosed version (1, 2, …).
create table plan_version (
    id               bigint generated always as identity primary key,
    plan_id          bigint       not null references plan_plan (id),
    version          int,
    status           varchar(10)  not null check (status in ('DRAFT', 'DISCLOSED')),
    job_target_total numeric(12, 0) check (job_target_total >= 0),
    -- the disclosed version an amendment draft started from
    based_on_version int,
    -- optimistic locking of the draft: incremented on every save, sent to clients as the ETag
    lock_version     int          not null default 0,
    reason           varchar(1000),
    created_at       timestamptz  not null default now(),
    created_by       varchar(50)  not null,
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(50)  not null,
    disclosed_at     timestamptz,
    disclosed_by     varchar(50),
    unique (plan_id, version),
    check ((status = 'DRAFT' and version is null and disclosed_at is null)
        or (status = 'DISCLOSED' and version > 0 and disclosed_at is not null and job_target_total is not null))
);
create unique index plan_version_one_draft on plan_version (plan_id) where status = 'DRAFT';

-- Stable identities: a strategy or program keeps its id in every version of its plan.
create sequence plan_strategy_id_seq;
create sequence plan_program_id_seq;

-- Headline targets (일자리 목표); values are normalised to the indicator's published scale.
create table plan_target (
    version_id     bigint      not null references plan_version (id) on delete cascade,
    indicator      varchar(40) not null,
    position       int         not null,
    baseline_value numeric(16, 1) not null check (baseline_value >= 0),
    target_value   numeric(16, 1) not null check (target_value >= 0),
    primary key (version_id, indicator)
);

create table plan_strategy (
    version_id  bigint       not null references plan_version (id) on delete cascade,
    strategy_id bigint       not null,
    position    int          not null,
    title       varchar(200) not null,
    primary key (version_id, strategy_id)
);

-- Programs (세부사업); budget in won by source (국비, 시도비, 시군구비, 기타), the total always their sum.
create table plan_program (
    version_id        bigint       not null references plan_version (id) on delete cascade,
    program_id        bigint       not null,
    strategy_id       bigint       not null,
    position          int          not null,
    name              varchar(200) not null,
    type              varchar(40)  not null check (type in ('DIRECT_JOBS', 'VOCATIONAL_TRAINING', 'EMPLOYMENT_SERVICES',
                                                 'EMPLOYMENT_SUBSIDIES', 'STARTUP_SUPPORT', 'UNEMPLOYMENT_INCOME_SUPPORT')),
    sub_category      varchar(100),
    department        varchar(100) not null,
    job_target        numeric(12, 0) not null check (job_target >= 0),
    budget_national   numeric(15, 0) not null check (budget_national >= 0),
    budget_provincial numeric(15, 0) not null check (budget_provincial >= 0),
    budget_local      numeric(15, 0) not null check (budget_local >= 0),
    budget_other      numeric(15, 0) not null check (budget_other >= 0),
    budget_total      numeric(16, 0) generated always as (budget_national + budget_provincial + budget_local + budget_other) stored,
    primary key (version_id, program_id),
    foreign key (version_id, strategy_id) references plan_strategy (version_id, strategy_id) on delete cascade
);
create index plan_program_program on plan_program (program_id);

-- A disclosed version never changes: the database refuses updates and deletes of it and its contents.
create function plan_refuse_disclosed_version_change() returns trigger language plpgsql as $$
begin
    if old.status = 'DISCLOSED' then
        raise exception '공시된 계획은 바꿀 수 없습니다 (plan_version %)', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create function plan_refuse_disclosed_content_change() returns trigger language plpgsql as $$
begin
    if exists (select 1 from plan_version v where v.id = old.version_id and v.status = 'DISCLOSED') then
        raise exception '공시된 계획은 바꿀 수 없습니다 (%, plan_version %)', tg_table_name, old.version_id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create trigger plan_version_immutable before update or delete on plan_version
    for each row execute function plan_refuse_disclosed_version_change();
create trigger plan_target_immutable before update or delete on plan_target
    for each row execute function plan_refuse_disclosed_content_change();
create trigger plan_strategy_immutable before update or delete on plan_strategy
    for each row execute function plan_refuse_disclosed_content_change();
create trigger plan_program_immutable before update or delete on plan_program
    for each row execute function plan_refuse_disclosed_content_change();

-- Every saved state of a draft (the API's JSON), so a conflicting save can show what the other person changed.
create table plan_draft_revision (
    version_id   bigint      not null references plan_version (id) on delete cascade,
    lock_version int         not null,
    content      jsonb       not null,
    saved_by     varchar(50) not null,
    saved_at     timestamptz not null default now(),
    primary key (version_id, lock_version)
);

-- Comments on a draft by the provincial reviewer (and the officer's replies).
create table plan_comment (
    id            bigint generated always as identity primary key,
    plan_id       bigint        not null references plan_plan (id),
    -- the draft commented on; null once that draft was discarded (the comment stays with the plan)
    version_id    bigint        references plan_version (id) on delete set null,
    author        varchar(50)   not null,
    author_name   varchar(100)  not null,
    body          varchar(2000) not null,
    created_at    timestamptz   not null default now()
);
create index plan_comment_plan on plan_comment (plan_id, created_at);

-- Sub-categories a government uses in its plans, each mapped onto one of the six program types.
create table plan_sub_category (
    government_id bigint       not null references region_government (id),
    name          varchar(100) not null,
    type          varchar(40)  not null check (type in ('DIRECT_JOBS', 'VOCATIONAL_TRAINING', 'EMPLOYMENT_SERVICES',
                                            'EMPLOYMENT_SUBSIDIES', 'STARTUP_SUPPORT', 'UNEMPLOYMENT_INCOME_SUPPORT')),
    primary key (government_id, name)
);

-- Evaluation module: the national local-government job awards (전국 지방자치단체 일자리대상), docs/evaluation.md.
--
-- An award year (평가 연도, evaluating year − 1) has categories (부문); each category has peer groups (비교 집단)
-- with every government in exactly one of them, a rubric (criteria with the methods of CONTRACT.md and
-- their maximum points) and tiers in award order with how many each peer group gets and the incentive.
-- The inputs are frozen into a snapshot (each value with the source it came from); evaluators are assigned
-- and score the qualitative criteria; confirmation writes the rankings, points and awards.
--
-- Every row carries its year, and the year's demo mark is copied to it (docs/demo-data.md). Once the year is
-- CONFIRMED nothing of it can be inserted, changed or deleted (like a disclosed plan, V3_2); the one way past
-- is the demo removal's transaction (set local jobgoal.demo_removal = 'on'), which may delete demo years.

create table evaluation_year (
    year          integer      primary key check (year between 2013 and 2099),
    status        varchar(10)  not null default 'SETUP' check (status in ('SETUP', 'OPEN', 'CONFIRMED')),
    snapshot_at   timestamptz,
    snapshot_by   varchar(50),
    confirmed_at  timestamptz,
    confirmed_by  varchar(50),
    demo          boolean      not null default false,
    created_at    timestamptz  not null default now(),
    check ((status = 'CONFIRMED') = (confirmed_at is not null))
);

create table evaluation_category (
    id        bigserial    primary key,
    year      integer      not null references evaluation_year (year) on delete cascade,
    code      varchar(40)  not null check (code ~ '^[a-z][a-z0-9_-]*$'),
    name_ko   varchar(100) not null,
    name_en   varchar(100) not null,
    position  integer      not null check (position between 0 and 99),
    demo      boolean      not null default false,
    unique (year, code),
    unique (year, position)
);

create table evaluation_peer_group (
    id           bigserial    primary key,
    year         integer      not null references evaluation_year (year) on delete cascade,
    category_id  bigint       not null references evaluation_category (id) on delete cascade,
    code         varchar(40)  not null check (code ~ '^[a-z][a-z0-9_-]*$'),
    name_ko      varchar(100) not null,
    name_en      varchar(100) not null,
    position     integer      not null check (position between 0 and 99),
    demo         boolean      not null default false,
    unique (category_id, code),
    unique (id, category_id)
);

-- Each government in exactly one peer group per category: the primary key.
create table evaluation_peer_member (
    year             integer     not null references evaluation_year (year) on delete cascade,
    category_id      bigint      not null,
    peer_group_id    bigint      not null,
    government_id    bigint      not null,
    government_code  varchar(5)  not null check (government_code ~ '^[0-9]{5}$'),
    demo             boolean     not null default false,
    primary key (category_id, government_id),
    foreign key (peer_group_id, category_id) references evaluation_peer_group (id, category_id) on delete cascade
);

create table evaluation_criterion (
    id           bigserial     primary key,
    year         integer       not null references evaluation_year (year) on delete cascade,
    category_id  bigint        not null references evaluation_category (id) on delete cascade,
    code         varchar(40)   not null check (code ~ '^[A-Za-z0-9_-]+$'),
    name_ko      varchar(100)  not null,
    name_en      varchar(100)  not null,
    method       varchar(30)   not null
        check (method in ('achievement_capped', 'peer_minmax', 'peer_minmax_change', 'qualitative')),
    indicator    varchar(40),
    max_points   numeric(6, 2) not null check (max_points > 0 and max_points <= 1000),
    cap          numeric(6, 4) check (cap > 0 and cap <= 10),
    position     integer       not null check (position between 0 and 99),
    demo         boolean       not null default false,
    unique (category_id, code),
    check ((method = 'qualitative') = (indicator is null)),
    check ((method = 'achievement_capped') = (cap is not null))
);

create table evaluation_tier (
    id              bigserial      primary key,
    year            integer        not null references evaluation_year (year) on delete cascade,
    category_id     bigint         not null references evaluation_category (id) on delete cascade,
    code            varchar(40)    not null check (code ~ '^[a-z][a-z0-9_-]*$'),
    name_ko         varchar(50)    not null,
    name_en         varchar(50)    not null,
    position        integer        not null check (position between 0 and 99),
    per_peer_group  integer        not null check (per_peer_group between 0 and 300),
    incentive       numeric(16, 0) not null check (incentive between 0 and 1000000000000000),
    demo            boolean        not null default false,
    unique (category_id, code),
    unique (category_id, position)
);

-- The two stages: 1차 (each province's reviewers nominate its basic governments) and 2차 (the central panel).
create table evaluation_stage (
    year       integer      not null references evaluation_year (year) on delete cascade,
    stage      smallint     not null check (stage in (1, 2)),
    name_ko    varchar(50)  not null,
    opens_on   date         not null,
    closes_on  date         not null check (closes_on >= opens_on),
    demo       boolean      not null default false,
    primary key (year, stage)
);

-- The frozen inputs: one row per government and indicator, with the source row the values were read from.
create table evaluation_input (
    year             integer        not null references evaluation_year (year) on delete cascade,
    government_id    bigint         not null,
    government_code  varchar(5)     not null check (government_code ~ '^[0-9]{5}$'),
    indicator        varchar(40)    not null,
    target           numeric        check (target between -1000000000000 and 1000000000000),
    actual           numeric        check (actual between -1000000000000 and 1000000000000),
    previous         numeric        check (previous between -1000000000000 and 1000000000000),
    source           varchar(300)   not null,
    frozen_at        timestamptz    not null,
    demo             boolean        not null default false,
    primary key (year, government_id, indicator)
);

create table evaluation_assignment (
    year             integer      not null references evaluation_year (year) on delete cascade,
    government_id    bigint       not null,
    government_code  varchar(5)   not null check (government_code ~ '^[0-9]{5}$'),
    evaluator        varchar(50)  not null,
    assigned_by      varchar(50)  not null,
    assigned_at      timestamptz  not null,
    demo             boolean      not null default false,
    primary key (year, government_id, evaluator)
);

-- One evaluator's score of one qualitative criterion for one government; SUBMITTED ones count.
create table evaluation_score (
    year             integer       not null references evaluation_year (year) on delete cascade,
    criterion_id     bigint        not null references evaluation_criterion (id) on delete cascade,
    government_id    bigint        not null,
    evaluator        varchar(50)   not null,
    score            numeric(6, 2) not null check (score >= 0 and score <= 1000),
    comment          varchar(1000),
    status           varchar(10)   not null check (status in ('SAVED', 'SUBMITTED')),
    updated_at       timestamptz   not null,
    demo             boolean       not null default false,
    primary key (criterion_id, government_id, evaluator),
    foreign key (year, government_id, evaluator) references evaluation_assignment (year, government_id, evaluator)
        on delete cascade
);

-- Confirmed results: a government's rank and exact total in its peer group, its points per criterion, its award.
create table evaluation_result (
    year             integer         not null references evaluation_year (year) on delete cascade,
    category_id      bigint          not null references evaluation_category (id) on delete cascade,
    peer_group_id    bigint          not null references evaluation_peer_group (id) on delete cascade,
    government_id    bigint          not null,
    government_code  varchar(5)      not null,
    rank             integer         not null check (rank >= 1),
    total            numeric(40, 20) not null,
    demo             boolean         not null default false,
    primary key (category_id, government_id)
);

create table evaluation_result_point (
    year           integer         not null references evaluation_year (year) on delete cascade,
    category_id    bigint          not null,
    government_id  bigint          not null,
    criterion_id   bigint          not null references evaluation_criterion (id) on delete cascade,
    points         numeric(40, 20) not null,
    demo           boolean         not null default false,
    primary key (category_id, government_id, criterion_id),
    foreign key (category_id, government_id) references evaluation_result (category_id, government_id) on delete cascade
);

create table evaluation_award (
    year             integer        not null references evaluation_year (year) on delete cascade,
    category_id      bigint         not null,
    government_id    bigint         not null,
    government_code  varchar(5)     not null,
    tier_id          bigint         not null references evaluation_tier (id) on delete cascade,
    incentive        numeric(16, 0) not null check (incentive between 0 and 1000000000000000),
    demo             boolean        not null default false,
    primary key (category_id, government_id),
    foreign key (category_id, government_id) references evaluation_result (category_id, government_id) on delete cascade
);

create index evaluation_award_year on evaluation_award (year);
create index evaluation_result_year on evaluation_result (year, government_id);
create index evaluation_year_demo on evaluation_year (year) where demo;

-- The demo mark of every row is its year's.
create function evaluation_demo_from_year() returns trigger language plpgsql as $$
begin
    new.demo := coalesce((select y.demo from evaluation_year y where y.year = new.year), false);
    return new;
end
$$;

create function evaluation_year_confirmed(y integer) returns boolean language sql stable as $$
    select exists (select 1 from evaluation_year e where e.year = $1 and e.status = 'CONFIRMED')
$$;

create function evaluation_demo_removal(y integer) returns boolean language sql stable as $$
    select coalesce(current_setting('jobgoal.demo_removal', true), '') = 'on'
       and exists (select 1 from evaluation_year e where e.year = $1 and e.demo)
$$;

-- A confirmed year keeps everything it was confirmed with. A row whose year is already gone (a cascade from
-- a demo year's removal) passes.
create function evaluation_refuse_confirmed_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and evaluation_year_confirmed(old.year)
       and not (tg_op = 'DELETE' and evaluation_demo_removal(old.year)) then
        raise exception '확정된 평가는 바꿀 수 없습니다 (%, %년)', tg_table_name, old.year;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and evaluation_year_confirmed(new.year) then
        raise exception '확정된 평가에는 더할 수 없습니다 (%, %년)', tg_table_name, new.year;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

-- A year becomes CONFIRMED only by an update from OPEN, and then stays as it is.
create function evaluation_refuse_confirmed_year_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.status = 'CONFIRMED' then
            raise exception '평가는 열린 평가를 확정해서만 확정됩니다 (%년)', new.year;
        end if;
        return new;
    end if;
    if old.status = 'CONFIRMED' and not (tg_op = 'DELETE' and evaluation_demo_removal(old.year)) then
        raise exception '확정된 평가는 바꿀 수 없습니다 (evaluation_year, %년)', old.year;
    end if;
    if tg_op = 'UPDATE' and new.status = 'CONFIRMED' and old.status <> 'OPEN' then
        raise exception '열리지 않은 평가는 확정할 수 없습니다 (%년)', old.year;
    end if;
    if tg_op = 'UPDATE' and new.demo is distinct from old.demo then
        raise exception '평가 연도의 데모 표시는 바꿀 수 없습니다 (%년)', old.year;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create function evaluation_refuse_truncate() returns trigger language plpgsql as $$
begin
    raise exception '%: 평가 이력이 있는 표는 비울 수 없습니다', tg_table_name;
end
$$;

create trigger evaluation_year_immutable before insert or update or delete on evaluation_year
    for each row execute function evaluation_refuse_confirmed_year_change();
create trigger evaluation_year_no_truncate before truncate on evaluation_year
    for each statement execute function evaluation_refuse_truncate();

do $$
declare
    t text;
begin
    foreach t in array array['evaluation_category', 'evaluation_peer_group', 'evaluation_peer_member',
            'evaluation_criterion', 'evaluation_tier', 'evaluation_stage', 'evaluation_input',
            'evaluation_assignment', 'evaluation_score', 'evaluation_result', 'evaluation_result_point',
            'evaluation_award'] loop
        execute format('create trigger %I before insert or update on %I for each row execute function evaluation_demo_from_year()',
                t || '_demo', t);
        execute format('create trigger %I before insert or update or delete on %I for each row execute function evaluation_refuse_confirmed_change()',
                t || '_immutable', t);
        execute format('create trigger %I before truncate on %I for each statement execute function evaluation_refuse_truncate()',
                t || '_no_truncate', t);
    end loop;
end
$$;

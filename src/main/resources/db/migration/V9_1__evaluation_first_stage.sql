-- The 1차 evaluation (docs/evaluation.md): each province's reviewers score their basic governments, the
-- province's ranking nominates a configured number of them, and only the nominees and the metro governments
-- go on to the 2차 (the central panel's scoring, ranking and awards).
--
-- A year without nominations_per_province has no 1차: every government goes to the 2차 at once.

alter table evaluation_year add column nominations_per_province integer
    check (nominations_per_province between 1 and 100);
alter table evaluation_year add column nominated_at timestamptz;
alter table evaluation_year add column nominated_by varchar(50);
alter table evaluation_year add constraint evaluation_year_nominated_needs_first_stage
    check (nominated_at is null or nominations_per_province is not null);
alter table evaluation_year add constraint evaluation_year_confirmed_after_first_stage
    check (status <> 'CONFIRMED' or nominations_per_province is null or nominated_at is not null);

-- One provincial reviewer's 1차 score (0–100) of one basic government of their province; SUBMITTED ones count.
create table evaluation_first_score (
    year             integer       not null references evaluation_year (year) on delete cascade,
    government_id    bigint        not null,
    government_code  varchar(5)    not null check (government_code ~ '^[0-9]{5}$'),
    province_code    varchar(5)    not null check (province_code ~ '^[0-9]{5}$'),
    reviewer         varchar(50)   not null,
    score            numeric(5, 2) not null check (score >= 0 and score <= 100),
    comment          varchar(1000),
    status           varchar(10)   not null check (status in ('SAVED', 'SUBMITTED')),
    updated_at       timestamptz   not null,
    demo             boolean       not null default false,
    primary key (year, government_id, reviewer)
);

-- The 1차 result, written once when the administrator closes the 1차: each basic government's rank in its
-- province (competition ranking on the mean of its submitted scores) and whether it was nominated.
create table evaluation_nomination (
    year             integer        not null references evaluation_year (year) on delete cascade,
    government_id    bigint         not null,
    government_code  varchar(5)     not null check (government_code ~ '^[0-9]{5}$'),
    province_code    varchar(5)     not null check (province_code ~ '^[0-9]{5}$'),
    rank             integer        not null check (rank >= 1),
    mean_score       numeric(7, 4)  not null check (mean_score >= 0 and mean_score <= 100),
    scores           integer        not null check (scores >= 1),
    nominated        boolean        not null,
    demo             boolean        not null default false,
    primary key (year, government_id)
);

create index evaluation_first_score_province on evaluation_first_score (year, province_code);

-- Once the 1차 is closed its scores and nominations stay as they were (the demo removal's transaction aside);
-- closing writes the nominations first and then marks the year.
create function evaluation_refuse_closed_first_stage() returns trigger language plpgsql as $$
declare
    y integer := case when tg_op = 'DELETE' then old.year else new.year end;
begin
    if exists (select 1 from evaluation_year e where e.year = y and e.nominated_at is not null)
       and not (tg_op = 'DELETE' and evaluation_demo_removal(y)) then
        raise exception '마감된 1차 평가는 바꿀 수 없습니다 (%, %년)', tg_table_name, y;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['evaluation_first_score', 'evaluation_nomination'] loop
        execute format('create trigger %I before insert or update on %I for each row execute function evaluation_demo_from_year()',
                t || '_demo', t);
        execute format('create trigger %I before insert or update or delete on %I for each row execute function evaluation_refuse_confirmed_change()',
                t || '_immutable', t);
        execute format('create trigger %I before insert or update or delete on %I for each row execute function evaluation_refuse_closed_first_stage()',
                t || '_closed', t);
        execute format('create trigger %I before truncate on %I for each statement execute function evaluation_refuse_truncate()',
                t || '_no_truncate', t);
    end loop;
end
$$;

-- The 1차 is closed once: nominated_at, once set, stays.
create function evaluation_refuse_reopened_first_stage() returns trigger language plpgsql as $$
begin
    if old.nominated_at is not null and (new.nominated_at is distinct from old.nominated_at
            or new.nominations_per_province is distinct from old.nominations_per_province) then
        raise exception '마감된 1차 평가는 다시 열 수 없습니다 (%년)', old.year;
    end if;
    return new;
end
$$;

create trigger evaluation_year_first_stage_closed before update on evaluation_year
    for each row execute function evaluation_refuse_reopened_first_stage();

-- Demo data kept apart (issue 8 §4, docs/demo-data.md): every row of the generated demo data set is marked
-- demo in its own table, so that it can be told from real data, shown as such and removed.
--
-- Plans (plan_plan.demo), facts (result_fact.demo) and accounts (identity_user.demo) had the mark; here every
-- row that belongs to one of them gets it too, copied from its owner by a trigger on insert and update, so it
-- can never differ from it: plan versions, targets, strategies, programs, draft revisions and comments
-- (from their plan), evidence (from its fact), API tokens and sessions (from their user). Sub-categories
-- have no owner: the demo loader marks the ones it creates.
--
-- Existing rows are marked with the history triggers switched off for the length of this migration (they
-- refuse every update of a disclosed version); only the new column is written.

alter table plan_version add column demo boolean not null default false;
alter table plan_target add column demo boolean not null default false;
alter table plan_strategy add column demo boolean not null default false;
alter table plan_program add column demo boolean not null default false;
alter table plan_draft_revision add column demo boolean not null default false;
alter table plan_comment add column demo boolean not null default false;
alter table plan_sub_category add column demo boolean not null default false;
alter table result_evidence add column demo boolean not null default false;
alter table identity_api_token add column demo boolean not null default false;
alter table spring_session add column demo boolean not null default false;

alter table plan_version disable trigger plan_version_immutable;
alter table plan_target disable trigger plan_target_immutable;
alter table plan_strategy disable trigger plan_strategy_immutable;
alter table plan_program disable trigger plan_program_immutable;
alter table plan_draft_revision disable trigger plan_draft_revision_immutable;
alter table plan_comment disable trigger plan_comment_immutable;
alter table result_evidence disable trigger result_evidence_append_only;

update plan_version v set demo = true from plan_plan p where p.id = v.plan_id and p.demo;
update plan_comment c set demo = true from plan_plan p where p.id = c.plan_id and p.demo;
update plan_target t set demo = true from plan_version v where v.id = t.version_id and v.demo;
update plan_strategy s set demo = true from plan_version v where v.id = s.version_id and v.demo;
update plan_program g set demo = true from plan_version v where v.id = g.version_id and v.demo;
update plan_draft_revision r set demo = true from plan_version v where v.id = r.version_id and v.demo;
update result_evidence e set demo = true from result_fact f where f.id = e.fact_id and f.demo;
update identity_api_token t set demo = true from identity_user u where u.id = t.user_id and u.demo;
update spring_session s set demo = true from identity_user u where u.username = s.principal_name and u.demo;

alter table plan_version enable trigger plan_version_immutable;
alter table plan_target enable trigger plan_target_immutable;
alter table plan_strategy enable trigger plan_strategy_immutable;
alter table plan_program enable trigger plan_program_immutable;
alter table plan_draft_revision enable trigger plan_draft_revision_immutable;
alter table plan_comment enable trigger plan_comment_immutable;
alter table result_evidence enable trigger result_evidence_append_only;

-- The mark follows the owner. The history triggers still decide whether the row may be written at all.
create function plan_demo_from_plan() returns trigger language plpgsql as $$
begin
    new.demo := coalesce((select p.demo from plan_plan p where p.id = new.plan_id), false);
    return new;
end
$$;

create function plan_demo_from_version() returns trigger language plpgsql as $$
begin
    new.demo := coalesce((select v.demo from plan_version v where v.id = new.version_id), false);
    return new;
end
$$;

create function result_demo_from_fact() returns trigger language plpgsql as $$
begin
    new.demo := coalesce((select f.demo from result_fact f where f.id = new.fact_id), false);
    return new;
end
$$;

create function identity_demo_from_user_id() returns trigger language plpgsql as $$
begin
    new.demo := coalesce((select u.demo from identity_user u where u.id = new.user_id), false);
    return new;
end
$$;

create function identity_demo_from_principal() returns trigger language plpgsql as $$
begin
    new.demo := coalesce((select u.demo from identity_user u where u.username = new.principal_name), false);
    return new;
end
$$;

-- A correction of a demo fact is demo too (it names the demo fact, which removal deletes).
create function result_demo_from_superseded() returns trigger language plpgsql as $$
begin
    new.demo := new.demo or coalesce((select f.demo from result_fact f where f.id = new.supersedes), false);
    return new;
end
$$;

-- A plan's mark never changes: it is what its versions and theirs copied.
create function plan_demo_fixed() returns trigger language plpgsql as $$
begin
    if new.demo is distinct from old.demo then
        raise exception '계획의 데모 표시는 바꿀 수 없습니다 (plan_plan %)', old.id;
    end if;
    return new;
end
$$;

create trigger plan_version_demo before insert or update on plan_version
    for each row execute function plan_demo_from_plan();
create trigger plan_comment_demo before insert or update on plan_comment
    for each row execute function plan_demo_from_plan();
create trigger plan_target_demo before insert or update on plan_target
    for each row execute function plan_demo_from_version();
create trigger plan_strategy_demo before insert or update on plan_strategy
    for each row execute function plan_demo_from_version();
create trigger plan_program_demo before insert or update on plan_program
    for each row execute function plan_demo_from_version();
create trigger plan_draft_revision_demo before insert or update on plan_draft_revision
    for each row execute function plan_demo_from_version();
create trigger plan_plan_demo_fixed before update of demo on plan_plan
    for each row execute function plan_demo_fixed();
create trigger result_evidence_demo before insert on result_evidence
    for each row execute function result_demo_from_fact();
create trigger result_fact_demo_correction before insert on result_fact
    for each row execute function result_demo_from_superseded();
create trigger identity_api_token_demo before insert or update on identity_api_token
    for each row execute function identity_demo_from_user_id();
create trigger spring_session_demo before insert or update of principal_name on spring_session
    for each row execute function identity_demo_from_principal();

-- "Is there any demo data?" is asked often (docs/demo-data.md); these make the answer an index probe.
create index plan_plan_demo on plan_plan (id) where demo;
create index result_fact_demo on result_fact (id) where demo;
create index identity_user_demo on identity_user (id) where demo;

-- The removal of the demo data set, remembered so that the next start-up does not generate it again
-- (kr.jobgoal.shared.DemoMode). One row at most.
create table demo_removal (
    singleton  boolean     primary key default true check (singleton),
    removed_at timestamptz not null default now(),
    removed_by varchar(50) not null
);
